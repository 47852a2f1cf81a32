import { describe, expect, it } from 'vitest';
import { applyWithUndo, typeInto } from '@/utils/overlay/typeInto';

describe('typing a title into a console field', () => {
  it('a React-style value tracker sees the change, and input and change fire', () => {
    document.body.innerHTML = '<input id="t" value="old title">';
    const input = document.getElementById('t') as HTMLInputElement;
    // Like React's inputValueTracking: the instance setter records the value the
    // framework last saw; on input the framework reacts only if the DOM value differs.
    const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    let lastSeenByFramework = input.value;
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() {
        return proto.get!.call(this) as string;
      },
      set(v: string) {
        lastSeenByFramework = v;
        proto.set!.call(this, v);
      },
    });
    const frameworkChanges: string[] = [];
    const seen: string[] = [];
    input.addEventListener('input', () => {
      if (input.value !== lastSeenByFramework) {
        frameworkChanges.push(input.value);
        lastSeenByFramework = input.value;
      }
      seen.push('input');
    });
    input.addEventListener('change', () => seen.push('change'));

    typeInto(input, 'new title');
    expect(input.value).toBe('new title');
    expect(frameworkChanges).toEqual(['new title']);
    expect(seen).toEqual(['input', 'change']);
  });

  it('undo restores the previous title, but not over the seller’s own edits', () => {
    document.body.innerHTML = '<textarea id="t">old title</textarea>';
    const el = document.getElementById('t') as HTMLTextAreaElement;
    const first = applyWithUndo(el, 'suggested title');
    expect(el.value).toBe('suggested title');
    expect(first.undo()).toBe(true);
    expect(el.value).toBe('old title');

    const second = applyWithUndo(el, 'suggested title');
    el.value = 'seller typed this';
    expect(second.undo()).toBe(false);
    expect(el.value).toBe('seller typed this');
  });
});
