export interface Grid {
  title: string;
  width: number;
  height: number;
  cells: string[];
}

export function emptyGrid(title: string, width: number, height: number): Grid {
  return { title, width, height, cells: Array.from({ length: height }, () => ".".repeat(width)) };
}

export function toIpuz(grid: Grid): string {
  return JSON.stringify({
    version: "http://ipuz.org/v2",
    kind: ["http://ipuz.org/crossword#1"],
    title: grid.title,
    dimensions: { width: grid.width, height: grid.height },
    solution: grid.cells.map((row) => row.split("").map((c) => (c === "#" ? "#" : c))),
  });
}
