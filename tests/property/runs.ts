// Run counts of the property suites, in one place so the README's figure is
// their sum.
export const PROPERTY_RUNS = {
  snapshotJson: 400,
  snapshotText: 400,
  snapshotMutations: 400,
  snapshotRoundTrip: 200,
  journeyText: 300,
  journeyJson: 300,
  journeyMutations: 300,
  journeyRoundTrip: 150,
  htmlText: 400,
  htmlAnyInput: 300,
  csvText: 200,
  csvRows: 200,
  csvRoundTrip: 150,
  cliBoards: 150,
  recolourHostile: 150,
} as const;

export const TOTAL_PROPERTY_RUNS = Object.values(PROPERTY_RUNS).reduce((sum, runs) => sum + runs, 0);
