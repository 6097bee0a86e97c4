/**
 * German: the story form: guided submission, editing a story, form and field labels.
 * Keys: `submit.*`, `edit.*`, `form.*`, `field.*`.
 */
export const submit = {
  'submit.heading': 'Geschichte teilen',
  'submit.intro':
    'Erzählen Sie, was Sie im Ruhrgebiet erlebt haben – ob unter Tage, in der Siedlung, beim Ankommen oder beim Abschied von der Zeche. Es gibt kein Richtig oder Falsch.',
  'submit.moderationNote':
    'Jede Geschichte wird vor der Veröffentlichung von unserem Moderationsteam gelesen. Sie können sie bis dahin noch ändern.',
  'submit.signedOut':
    'Um eine Geschichte zu teilen, melden Sie sich bitte an. So können wir bei Rückfragen antworten, und Sie behalten die Kontrolle über Ihre Geschichte.',
  'submit.section.story': 'Was Sie erzählen',
  'submit.section.consent': 'Nennung und Zustimmung',
  'submit.tips.heading': 'Tipps zum Erzählen',
  'submit.tips.1':
    'Schreiben Sie, wie Sie sprechen. Ruhrdeutsch und andere Sprachen sind willkommen.',
  'submit.tips.2':
    'Kleine Dinge machen Erinnerungen lebendig: Gerüche, Geräusche, die Namen von Straßen und Schächten.',
  'submit.tips.3':
    'Auch Erzähltes zählt: Was Ihre Eltern oder Großeltern erlebt haben, gehört dazu.',
  'submit.tips.4':
    'Schützen Sie andere: Nennen Sie Nachbarn oder Kollegen lieber nur mit Vornamen.',
  'submit.button': 'Geschichte einreichen',
  'submit.sending': 'Wird gesendet …',
  'submit.success.heading': 'Danke! Ihre Geschichte ist angekommen.',
  'submit.success.received': 'Wir haben „{title}“ erhalten.',
  'submit.success.nextHeading': 'Wie geht es weiter?',
  'submit.success.step1':
    'Jemand aus unserem Moderationsteam liest Ihre Geschichte – meist innerhalb weniger Tage.',
  'submit.success.step2':
    'Ist alles in Ordnung, erscheint sie öffentlich. Fehlt etwas, bitten wir Sie um eine Änderung.',
  'submit.success.step3':
    'Wie weit die Prüfung ist, sehen Sie jederzeit unter „Meine Geschichten“.',
  'submit.success.myStories': 'Zu „Meine Geschichten“',
  'submit.success.another': 'Noch eine Geschichte teilen',
  'submit.steps.progress': 'Ihr Fortschritt',
  'submit.steps.counter': 'Schritt {current} von {total}',
  'submit.steps.done': 'erledigt',
  'submit.steps.memory': 'Ihre Erinnerung',
  'submit.steps.topics': 'Themen und Hinweise',
  'submit.steps.whereWhen': 'Ort und Zeit',
  'submit.steps.media': 'Fotos und Stimme',
  'submit.steps.consent': 'Nennung und Zustimmung',
  'submit.steps.preview': 'Vorschau',
  'submit.steps.next': 'Weiter',
  'submit.steps.back': 'Zurück',

  'submit.prompts.heading': 'Fragen, die beim Erinnern helfen',
  'submit.prompts.where': 'Wo waren Sie? In welcher Straße, auf welcher Zeche, in welcher Küche?',
  'submit.prompts.who': 'Wer war dabei – Familie, Kumpel, Nachbarn?',
  'submit.prompts.sound':
    'Wie hat es geklungen? Die Sirene zum Schichtwechsel, die Förderkörbe, die Stimmen?',
  'submit.prompts.smell':
    'Wie hat es gerochen oder geschmeckt? Nach Kohlenstaub, Waschkaue, Sonntagsbraten?',
  'submit.prompts.after': 'Was haben Sie gefühlt, und was ist danach passiert?',
  'submit.prompts.note':
    'Sie müssen nicht jede Frage beantworten. Schreiben Sie, was Ihnen einfällt.',

  'submit.place.name.hint':
    'Beginnen Sie zu tippen, um Orte aus dem Ruhrgebiet vorgeschlagen zu bekommen. Jeder andere Ortsname geht auch.',
  'submit.place.fromGazetteer':
    '„{place}“ steht in unserem Ortsverzeichnis. Den Punkt auf der Karte setzen wir für Sie.',
  'submit.place.withoutCoordinates':
    'Ohne Stadt oder Stadtteil erscheint die Geschichte nicht auf der Karte. Das ist in Ordnung.',
  'submit.place.inArea': 'Auf der Karte erscheint die Geschichte bei {area}.',
  'submit.place.precision.hint':
    'Sie und das Moderationsteam sehen den Ort immer genau. Hier entscheiden Sie, was alle anderen sehen.',
  'submit.place.public': 'Öffentlich zu sehen: „{place}“.',
  'submit.place.public.none':
    'Öffentlich ist kein Ortsname zu sehen, nur die ungefähre Lage. Nennen Sie einen Stadtteil oder eine Stadt aus dem Ruhrgebiet, wenn er erscheinen soll.',
  'submit.place.public.hidden': 'Der Ort ist öffentlich nicht zu sehen.',
  'submit.place.public.nothing':
    'Öffentlich ist von diesem Ort nichts zu sehen, kein Name und keine Lage. Nennen Sie einen Stadtteil oder eine Stadt aus dem Ruhrgebiet, wenn er erscheinen soll.',

  'submit.consent.online.explanation':
    'Nach der Prüfung kann jede und jeder die Geschichte auf dieser Website lesen, kommentieren und unterstützen.',
  'submit.consent.exhibition.explanation':
    'In den Ausstellungsräumen des Museums, auf Tafeln oder an Medienstationen – mit der Nennung, die Sie oben gewählt haben. Sie können das jederzeit widerrufen; dann nehmen wir sie heraus.',
  'submit.consent.research.explanation':
    'Forschende des Museums dürfen den Text auswerten, zum Beispiel für Studien zur Geschichte des Bergbaus. Auch das können Sie jederzeit widerrufen.',

  'submit.preview.intro':
    'So wird Ihre Geschichte aussehen, wenn das Moderationsteam sie freigegeben hat. Lesen Sie sie in Ruhe noch einmal durch.',
  'submit.preview.label': 'Vorschau',
  'submit.preview.placeHidden':
    'Den Ort „{place}“ sehen nur Sie und das Moderationsteam; öffentlich wird kein Ort gezeigt.',
  'submit.preview.consent': 'Ihre Zustimmung',
  'submit.preview.consent.online': 'Auf dieser Website',
  'submit.preview.consent.exhibition': 'In Ausstellungen des Museums',
  'submit.preview.consent.research': 'Für die Forschung',
  'submit.preview.change': 'Etwas ändern',
  'submit.preview.changeStep': 'Zurück zu „{step}“',
  'submit.preview.changeLater':
    'Solange die Prüfung läuft, können Sie die Geschichte unter „Meine Geschichten“ noch ändern oder zurückziehen.',

  'edit.heading': 'Geschichte bearbeiten',
  'edit.back': 'Zu „Meine Geschichten“',
  'edit.intro.pending':
    'Ihre Geschichte wartet noch auf die Prüfung. Was Sie hier ändern, liest das Moderationsteam.',
  'edit.intro.changes':
    'Das Moderationsteam bittet Sie um eine Änderung. Wenn Sie speichern, wird die Geschichte erneut geprüft.',
  'edit.notEditable':
    '„{title}“ ist schon geprüft und kann nicht mehr geändert werden. Zurückziehen können Sie sie unter „Meine Geschichten“.',
  'edit.save': 'Änderungen einreichen',
  'edit.cancel': 'Abbrechen',
  'edit.stale':
    'Das Moderationsteam hat inzwischen entschieden; die Geschichte kann nicht mehr geändert werden. Unter „Meine Geschichten“ sehen Sie den neuen Stand.',
  'edit.done.heading': 'Gespeichert',
  'edit.done.text': '„{title}“ wartet jetzt wieder auf die Prüfung durch das Moderationsteam.',
  'edit.done.view': 'Geschichte ansehen',

  'form.optional': '(freiwillig)',
  'form.required': '(erforderlich)',
  'form.errorPrefix': 'Fehler:',
  'form.summary.heading': 'Bitte prüfen Sie Ihre Angaben',
  'form.summary.count.one': 'Eine Angabe fehlt oder passt noch nicht:',
  'form.summary.count.other': '{count} Angaben fehlen oder passen noch nicht:',

  'field.title': 'Titel',
  'field.title.hint': 'Drei bis 120 Zeichen, zum Beispiel „Die letzte Schicht auf Zeche Hannover“.',
  'field.body': 'Ihre Geschichte',
  'field.body.hint':
    'Mindestens 20 Zeichen. Trennen Sie Absätze mit einer Leerzeile. Bitte nennen Sie andere Menschen nur, wenn sie einverstanden sind.',
  'field.language': 'Sprache der Geschichte',
  'field.language.hint': 'In welcher Sprache haben Sie geschrieben?',
  'field.themes': 'Themen',
  'field.themes.hint': 'Wählen Sie ein bis drei Themen, die am besten passen.',
  'field.contentWarnings': 'Inhaltshinweise',
  'field.contentWarnings.hint':
    'Erzählt Ihre Geschichte von belastenden Ereignissen? Dann zeigen wir vor dem Text einen Hinweis.',
  'field.place': 'Ort',
  'field.place.hint': 'Wo spielt Ihre Geschichte? Sie können den Ort auch weglassen.',
  'field.place.name': 'Ortsname',
  'field.place.name.hint': 'Zum Beispiel Bochum-Hordel oder Zeche Zollverein, Essen.',
  'field.place.area': 'In welcher Stadt oder welchem Stadtteil liegt der Ort?',
  'field.place.area.hint':
    'Dort zeigen wir die Geschichte auf der Karte, ungefähr, nie Ihre Hausnummer.',
  'field.place.area.none': 'Möchte ich nicht angeben',
  'field.place.precision': 'Wie genau soll der Ort öffentlich zu sehen sein?',
  'field.period': 'Zeit',
  'field.period.hint':
    'Wann war das? Jahre zwischen 1800 und {year}, eine Beschreibung oder beides.',
  'field.period.from': 'Von (Jahr)',
  'field.period.to': 'Bis (Jahr)',
  'field.period.label': 'Beschreibung der Zeit',
  'field.period.label.hint': 'Zum Beispiel „Mitte der 60er“ oder „kurz nach dem Krieg“.',
  'field.attribution': 'Wie sollen wir Sie nennen?',
  'field.attribution.name': 'Mit meinem Namen: {name}',
  'field.attribution.name.explanation': 'Ihr Name steht öffentlich bei der Geschichte.',
  'field.attribution.name.short': 'mit Namen',
  'field.attribution.anonymous': 'Anonym',
  'field.attribution.anonymous.explanation':
    'Öffentlich erscheint kein Name. Das Museum weiß, von wem die Geschichte ist.',
  'field.attribution.anonymous.short': 'anonym',
  'field.consent': 'Ihre Zustimmung',
  'field.consent.hint':
    'Sie entscheiden, wo Ihre Geschichte gezeigt wird. Ausstellung und Forschung können Sie später jederzeit widerrufen.',
  'field.consent.online':
    'Meine Geschichte darf nach der Prüfung auf dieser Website veröffentlicht werden.',
  'field.consent.exhibition':
    'Das Museum darf meine Geschichte auch in Ausstellungen zeigen, zum Beispiel an einer Medienstation.',
  'field.consent.research': 'Meine Geschichte darf für die Forschung des Museums genutzt werden.',
  'field.license': 'Unter welchen Bedingungen dürfen andere Ihre Geschichte weiterverwenden?',
  'field.license.hint':
    'Eine Lizenz sagt, was andere (Schulen, Vereine, Forschende) mit Ihrem Text tun dürfen.',
  'field.terms':
    'Mit dem Einreichen stimmen Sie den Bedingungen für Beiträge zu (Fassung {version}).',
  'field.terms.link': 'Bedingungen für Beiträge (Fassung {version}) lesen',
  'field.terms.newTab': '(öffnet in einem neuen Tab)',
};
