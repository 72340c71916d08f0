import { beforeEach, describe, expect, it } from 'vitest';
import type { Diagram } from '../../src/model/types';
import { applyEdit, beginGesture, endGesture, gestureActive, gestureUpdate, loadDiagram, redo, undo } from './editorActions';
import { EMPTY_DIAGRAM, useEditor } from './editorStore';

const titled = (title: string) => (d: Diagram): Diagram => ({ ...d, title });
const title = () => useEditor.getState().diagram.title;

describe('undo and redo during a gesture', () => {
  beforeEach(() => {
    if (gestureActive()) endGesture();
    loadDiagram(EMPTY_DIAGRAM, { documentId: 'test' });
    applyEdit(titled('edited'));
  });

  it('end the gesture as a step of its own first, then take it back', () => {
    beginGesture();
    gestureUpdate(titled('dragging'));
    gestureUpdate(titled('dropped here'));
    undo();
    expect(gestureActive()).toBe(false);
    expect(title()).toBe('edited');
    redo();
    expect(title()).toBe('dropped here');
    undo();
    undo();
    expect(title()).toBe(EMPTY_DIAGRAM.title);
  });

  it("let the gesture's owner finish it (an animation jumps to its goal) before undoing it", () => {
    let interrupted = 0;
    beginGesture(() => {
      interrupted++;
      endGesture(() => titled('laid out')(useEditor.getState().diagram));
    });
    gestureUpdate(titled('half way'));
    undo();
    expect(interrupted).toBe(1);
    expect(title()).toBe('edited');
    redo();
    expect(title()).toBe('laid out');
    // A gesture that ended on its own is not interrupted again.
    beginGesture(() => interrupted++);
    endGesture();
    undo();
    expect(interrupted).toBe(1);
  });

  it('leave an undo with no gesture running as it was', () => {
    undo();
    expect(title()).toBe(EMPTY_DIAGRAM.title);
  });
});
