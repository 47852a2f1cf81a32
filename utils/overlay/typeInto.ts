// Writes a value into a console form field the way a typing user would, so the
// console's own framework (React / Vue / Fusion) sees the change and its
// character counter updates. Nothing is ever saved or submitted.

type Field = HTMLInputElement | HTMLTextAreaElement;

function nativeSetter(el: Field): ((v: string) => void) | undefined {
  // Frameworks patch the instance's `value` property; the prototype's setter
  // bypasses that patch so the framework's input listener sees a real change.
  const proto = Object.getPrototypeOf(el) as object;
  const desc = Object.getOwnPropertyDescriptor(proto, 'value');
  return desc?.set?.bind(el);
}

export function typeInto(el: Field, value: string): void {
  el.focus();
  const set = nativeSetter(el);
  if (set) set(value);
  else el.value = value;
  const view = el.ownerDocument.defaultView;
  const InputEvt = view?.InputEvent ?? InputEvent;
  el.dispatchEvent(
    new InputEvt('input', {
      bubbles: true,
      composed: true,
      inputType: 'insertReplacementText',
      data: value,
    }),
  );
  el.dispatchEvent(new (view?.Event ?? Event)('change', { bubbles: true }));
}

/** Applies `value` and returns an undo that restores what was there, if the seller has not typed since. */
export function applyWithUndo(el: Field, value: string): { undo: () => boolean } {
  const previous = el.value;
  typeInto(el, value);
  return {
    undo: () => {
      if (el.value !== value) return false;
      typeInto(el, previous);
      return true;
    },
  };
}
