/**
 * A diagram opened from a share link lives outside the library: nothing is
 * stored until the person asks ("Save a copy to my diagrams", or "Edit a
 * copy" in review mode). This store remembers that the open diagram came from
 * a link, and the diagram as it arrived, so leaving with edits can warn.
 */
import { create } from 'zustand';
import type { Diagram } from '../../src/model/types';

export interface SharedView {
  readonly review: boolean;
  readonly arrived: Diagram;
}

export const useSharedView = create<{ readonly view: SharedView | undefined }>()(() => ({ view: undefined }));

export function setSharedView(view: SharedView | undefined): void {
  useSharedView.setState({ view });
}
