const KEY = 'ruhr-stories.moderation-shortcuts';

/**
 * Whether the single-key shortcuts of the item view are on. They can be switched off (WCAG 2.1.4):
 * speech-input users would otherwise trigger them by accident. Remembered per browser.
 */
class Shortcuts {
  enabled = $state(typeof localStorage === 'undefined' || localStorage.getItem(KEY) !== 'off');
  helpOpen = $state(false);

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    if (typeof localStorage !== 'undefined') localStorage.setItem(KEY, enabled ? 'on' : 'off');
  }
}

export const shortcuts = new Shortcuts();

const KEY_CONTROLS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** True when a key press belongs to a field: typing there must never trigger a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !KEY_CONTROLS.has(target.type);
}
