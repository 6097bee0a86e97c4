/**
 * German: the moderators’ workspace, item view and audit log, with the pre-screen’s flags.
 * Keys: `moderation.*`, `mod.*`, `flag.*`, `age.*`.
 */
export const moderation = {
  'moderation.heading': 'Moderation',
  'moderation.signedOut': 'Die Moderation ist für angemeldete Mitglieder des Moderationsteams.',
  'moderation.notAllowed':
    'Diese Seite ist dem Moderationsteam vorbehalten. Wenn Sie mitmoderieren möchten, wenden Sie sich bitte an das Museum.',
  'moderation.attribution': 'Nennung',

  'mod.workspace.intro':
    'Was auf eine Entscheidung wartet, das Älteste zuerst. Öffnen Sie einen Eintrag, um ihn ganz zu lesen und zu entscheiden.',
  'mod.overview.heading': 'Überblick',
  'mod.overview.waiting.one': '{count} wartet',
  'mod.overview.waiting.other': '{count} warten',
  'mod.overview.oldest': 'älteste seit',
  'mod.overview.none': 'nichts offen',
  'mod.overview.median': 'Zeit bis zur Entscheidung (Median)',
  'mod.overview.last7Days': 'letzte 7 Tage',
  'mod.overview.last30Days': 'letzte 30 Tage',
  'mod.overview.noDecisions': 'keine Entscheidungen',
  'mod.overview.decisions.one': '{count} Entscheidung',
  'mod.overview.decisions.other': '{count} Entscheidungen',

  'mod.duration.underMinute': '< 1 Min.',
  'mod.duration.day': '{count} Tg.',
  'mod.duration.hour': '{count} Std.',
  'mod.duration.minute': '{count} Min.',

  'mod.queues.label': 'Warteschlangen',
  'mod.queue.stories': 'Geschichten',
  'mod.queue.comments': 'Kommentare',
  'mod.queue.reports': 'Meldungen',
  'mod.queue.stories.heading': 'Eingereichte Geschichten',
  'mod.queue.comments.heading': 'Zurückgehaltene Kommentare',
  'mod.queue.reports.heading': 'Gemeldete Beiträge',
  'mod.queue.stories.intro':
    'Neue Geschichten erscheinen erst, wenn jemand aus dem Team sie freigibt.',
  'mod.queue.comments.intro':
    'Kommentare, bei denen die automatische Vorprüfung etwas gefunden hat. Sie sind bis zur Entscheidung nur für ihre Verfasser sichtbar.',
  'mod.queue.reports.intro':
    'Beiträge, die Leserinnen und Leser gemeldet haben. Nach drei Meldungen sind sie bis zur Entscheidung ausgeblendet.',
  'mod.queue.stories.empty': 'Alles geprüft – im Moment wartet keine Geschichte.',
  'mod.queue.comments.empty': 'Alles geprüft – im Moment wartet kein Kommentar.',
  'mod.queue.reports.empty': 'Keine offenen Meldungen.',
  'mod.queue.loadMore': 'Weitere Einträge laden',
  'mod.queue.loaded.one': '{count} weiterer Eintrag geladen.',
  'mod.queue.loaded.other': '{count} weitere Einträge geladen.',

  'mod.row.waiting': 'Wartet seit',
  'mod.row.since': 'eingegangen am {date}',
  'mod.row.by': 'von {name}',
  'mod.reports.count.one': '{count} Meldung',
  'mod.reports.count.other': '{count} Meldungen',
  'mod.reports.listLabel': 'Was die Meldenden geschrieben haben',
  'mod.reports.noNote': 'ohne Anmerkung',
  'mod.reports.earlier.one': 'Dazu {count} frühere Meldung, hier nicht einzeln aufgeführt.',
  'mod.reports.earlier.other': 'Dazu {count} frühere Meldungen, hier nicht einzeln aufgeführt.',
  'mod.diff.heading': 'Geändert seit der Bitte um Änderungen',
  'mod.diff.intro':
    'Verglichen mit der Fassung vom {date}, die Sie gesehen haben: Neues ist unterstrichen, Entferntes durchgestrichen.',
  'mod.diff.title': 'Titel',
  'mod.diff.body': 'Text',
  'mod.diff.unchanged': 'unverändert',
  'mod.diff.inserted': 'eingefügt:',
  'mod.diff.deleted': 'entfernt:',
  'mod.diff.insertedEnd': 'Ende der Einfügung',
  'mod.diff.deletedEnd': 'Ende der Entfernung',
  'mod.reports.hiddenByReports': 'durch Meldungen ausgeblendet',
  'mod.reports.hiddenExplained':
    'Die Meldungen haben den Beitrag ausgeblendet. „Ausblenden“ bestätigt sie, „Wieder einblenden“ weist sie zurück.',
  'mod.reports.visibleExplained':
    'Der Beitrag ist noch öffentlich. „Ausblenden“ bestätigt die Meldungen, „Meldungen zurückweisen“ lässt ihn sichtbar.',
  'mod.reportReason.spam': 'Werbung oder Spam',
  'mod.reportReason.offensive': 'Beleidigend',
  'mod.reportReason.personal-data': 'Persönliche Daten',
  'mod.reportReason.off-topic': 'Nicht zum Thema',
  'mod.reportReason.other': 'Anderer Grund',

  'mod.item.kind.story': 'Eingereichte Geschichte',
  'mod.item.kind.comment': 'Kommentar',
  'mod.item.kind.report': 'Gemeldeter Beitrag',
  'mod.item.commentBy': 'Kommentar von {name}',
  'mod.item.gone.heading': 'Nicht mehr in der Warteschlange',
  'mod.item.gone.text':
    'Über diesen Eintrag ist bereits entschieden, oder es gibt ihn nicht. Unten sehen Sie, was bisher entschieden wurde.',
  'mod.commentStatus.published': 'Veröffentlicht',
  'mod.commentStatus.held': 'Zurückgehalten',
  'mod.commentStatus.hidden': 'Ausgeblendet',
  'mod.comment.author': 'Geschrieben von',
  'mod.comment.written': 'Geschrieben am',
  'mod.comment.onStory': 'Zur Geschichte',
  'mod.comment.kind': 'Art',
  'mod.comment.reply': 'Antwort auf einen Kommentar',

  'mod.flags.heading': 'Hinweise der automatischen Vorprüfung',
  'mod.flags.hint': 'Die Stellen sind im Text markiert. Ein Link springt zur Stelle.',
  'mod.flags.none': 'Die Vorprüfung hat nichts gefunden.',
  'mod.flags.inTitle': 'im Titel',
  'mod.flagShort.email': 'E-Mail',
  'mod.flagShort.phone': 'Telefon',
  'mod.flagShort.link': 'Link',
  'mod.flagShort.iban': 'IBAN',
  'mod.flagShort.shouting': 'Großschreibung',
  'mod.flagShort.insult': 'Beleidigung?',
  'mod.mark.start': 'Markierung:',
  'mod.mark.end': '(Ende der Markierung)',

  'mod.consent.heading': 'Zustimmung und Nennung',
  'mod.consent.online': 'Online veröffentlichen',
  'mod.consent.exhibition': 'In Ausstellungen zeigen',
  'mod.consent.research': 'Für die Forschung nutzen',
  'mod.consent.yes': 'Ja, zugestimmt',
  'mod.consent.no': 'Nein',
  'mod.consent.terms': 'Bedingungen (Fassung)',

  'mod.decision.heading': 'Entscheidung',
  'mod.decision.legend': 'Wie entscheiden Sie?',
  'mod.decision.none':
    'In seinem jetzigen Zustand gibt es für diesen Eintrag nichts zu entscheiden.',
  'mod.decision.own.story':
    'Das ist Ihre eigene Geschichte: Darüber entscheidet eine andere Moderatorin oder ein anderer Moderator.',
  'mod.decision.own.comment':
    'Das ist Ihr eigener Kommentar: Darüber entscheidet eine andere Moderatorin oder ein anderer Moderator.',
  'mod.decision.submit': 'Entscheidung speichern',
  'mod.decision.saving': 'Wird gespeichert …',
  'mod.decision.ctrlEnter': 'oder Strg + Enter',
  'mod.decide.approve': 'Freigeben',
  'mod.decide.reject': 'Ablehnen',
  'mod.decide.request-changes': 'Änderung erbitten',
  'mod.decide.hide': 'Ausblenden',
  'mod.decide.restore': 'Wieder einblenden',
  'mod.decide.hide.report': 'Ausblenden – Meldungen bestätigen',
  'mod.decide.restore.report': 'Meldungen zurückweisen – sichtbar lassen',
  'mod.reason.template': 'Begründung aus Vorlage',
  'mod.reason.templateNone': 'Vorlage wählen …',
  'mod.reason.label': 'Begründung',
  'mod.reason.hintStory':
    'Nötig für alles außer Freigeben und Wiedereinblenden. Die Person, die die Geschichte eingereicht hat, liest sie unter „Meine Geschichten“.',
  'mod.reason.hintComment':
    'Nötig für alles außer Freigeben und Wiedereinblenden. Sie steht im Protokoll der Moderation.',
  'mod.error.decision': 'Bitte wählen Sie eine Entscheidung.',
  'mod.error.reason':
    'Bitte geben Sie eine Begründung an – wählen Sie eine Vorlage oder schreiben Sie selbst.',
  'mod.decided': '„{title}“: {decision}.',
  'mod.conflict':
    'Über diesen Eintrag hat inzwischen jemand anderes entschieden. Die Ansicht ist neu geladen.',

  'mod.template.personalData.label': 'Personenbezogene Daten Dritter',
  'mod.template.personalData.text':
    'Ihr Beitrag enthält persönliche Daten anderer Menschen, etwa Namen mit Adresse, Telefonnummer oder E-Mail-Adresse. Bitte lassen Sie diese weg, dann schauen wir ihn uns gern noch einmal an.',
  'mod.template.whereWhen.label': 'Bitte Ort und Zeit ergänzen',
  'mod.template.whereWhen.text':
    'Bitte ergänzen Sie, wo und wann sich das zugetragen hat – so können andere Ihre Geschichte einordnen.',
  'mod.template.insult.label': 'Beleidigende Sprache',
  'mod.template.insult.text':
    'Ihr Beitrag enthält beleidigende Formulierungen. Bei Ruhr Stories gehen wir respektvoll miteinander um.',
  'mod.template.spam.label': 'Werbung oder Spam',
  'mod.template.spam.text':
    'Ihr Beitrag enthält Werbung oder wirkt wie Spam. Ruhr Stories ist für persönliche Erinnerungen da.',
  'mod.template.offTopic.label': 'Nicht zum Thema',
  'mod.template.offTopic.text':
    'Ihr Beitrag passt nicht zum Thema von Ruhr Stories: Erinnerungen an das Leben und Arbeiten im Ruhrgebiet.',

  'mod.shortcuts.button': 'Tastenkürzel',
  'mod.shortcuts.heading': 'Tastenkürzel in dieser Ansicht',
  'mod.shortcuts.intro':
    'Die Kürzel wirken nur, wenn Sie nicht gerade in ein Feld schreiben. Eine Entscheidung wählt die Taste nur aus; gespeichert wird sie erst mit dem Knopf.',
  'mod.shortcuts.off': 'Die Tastenkürzel sind ausgeschaltet.',
  'mod.shortcuts.enabled': 'Tastenkürzel verwenden',
  'mod.shortcuts.toggle': 'Diese Hilfe zeigen oder schließen',
  'mod.shortcuts.keyPrefix': 'Taste',
  'mod.shortcuts.ctrl': 'Strg',

  'mod.pager.label': 'Warteschlange',
  'mod.pager.back': 'Zur Liste: {queue}',
  'mod.pager.position': 'Eintrag {position} von {total}',
  'mod.pager.positionMore': 'Eintrag {position} von mehr als {total}',
  'mod.pager.previous': 'Vorheriger Eintrag',
  'mod.pager.next': 'Nächster Eintrag',

  'mod.history.heading': 'Bisherige Entscheidungen',
  'mod.history.empty': 'Noch keine Entscheidung.',
  'mod.notes.heading': 'Interne Notizen',
  'mod.notes.intro': 'Nur das Moderationsteam sieht diese Notizen.',
  'mod.notes.empty': 'Noch keine Notiz.',
  'mod.notes.label': 'Neue Notiz',
  'mod.notes.save': 'Notiz speichern',
  'mod.notes.saving': 'Wird gespeichert …',
  'mod.notes.saved': 'Die Notiz ist gespeichert.',
  'mod.notes.error': 'Bitte schreiben Sie zuerst eine Notiz.',

  'mod.log.link': 'Protokoll aller Entscheidungen',
  'mod.log.heading': 'Protokoll der Moderation',
  'mod.log.intro':
    'Jede Entscheidung auf der Plattform, die neueste zuerst: wer, wann, was und warum.',
  'mod.log.back': 'Zur Moderation',
  'mod.log.empty': 'Noch ist nichts entschieden.',
  'mod.log.loadMore': 'Ältere Entscheidungen laden',
  'mod.log.loaded.one': '{count} weitere Entscheidung geladen.',
  'mod.log.loaded.other': '{count} weitere Entscheidungen geladen.',
  'mod.log.transition': '{from} → {to}',
  'mod.log.type.story': 'Geschichte',
  'mod.log.type.comment': 'Kommentar',
  // In place of the title of a story withdrawn or erased more than 90 days ago (README).
  'mod.log.titleRemoved': 'Titel nach 90 Tagen entfernt',

  'mod.notices.badge.one': '{count} neue Entscheidung',
  'mod.notices.badge.other': '{count} neue Entscheidungen',

  'flag.email': 'E-Mail-Adresse im Text',
  'flag.phone': 'Telefonnummer im Text',
  'flag.link': 'Link im Text',
  'flag.iban': 'Kontonummer (IBAN) im Text',
  'flag.shouting': 'Viel Großschreibung („Schreien“)',
  'flag.insult': 'Mögliche Beleidigung',

  'age.underMinute': 'weniger als eine Minute',
};
