/**
 * How the view is fitted to the diagram. `includeHiddenNodes`: zoomed out,
 * most nodes are handed to React Flow hidden (NodeOverview draws them), and
 * a fit that left them out would fit only the selection.
 */
export const FIT_DIAGRAM = { padding: 0.15, includeHiddenNodes: true } as const;

/** On opening a diagram: never magnified past 100%, however small it is. */
export const FIT_ON_OPEN = { ...FIT_DIAGRAM, maxZoom: 1 } as const;

/** From the toolbar or the keyboard: animated, so people see where they went. */
export const FIT_ON_REQUEST = { ...FIT_DIAGRAM, duration: 200 } as const;
