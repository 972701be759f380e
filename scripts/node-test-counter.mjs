// A node:test reporter that writes pass/fail/skip counts of tests (not suites) to the file it
// is given as destination, so scripts/test.mjs can sum them with the browser run.
export default async function* counter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    const isSuite = event.data?.details?.type === 'suite';
    if (event.type === 'test:pass' && !isSuite) {
      if (event.data.skip || event.data.todo) counts.skipped++;
      else counts.passed++;
    } else if (event.type === 'test:fail') {
      // A failed suite is counted only when it failed by itself (e.g. a file that would not load).
      if (!isSuite || event.data.details?.error?.failureType !== 'subtestsFailed') counts.failed++;
    }
  }
  yield JSON.stringify(counts);
}
