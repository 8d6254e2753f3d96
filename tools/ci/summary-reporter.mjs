// Writes Jest's aggregated results (the same numbers as `jest --json`) to SITREP_JEST_RESULTS,
// so .ci/run can print one plain "N passed, N failed" line that the CI record reads.
import { writeFileSync } from 'node:fs';

export default class SummaryReporter {
  constructor(_globalConfig, options) {
    this.file = options?.file ?? process.env.SITREP_JEST_RESULTS;
  }

  onRunComplete(_contexts, results) {
    if (!this.file) return;
    const suites = results.testResults.map((s) => ({
      file: s.testFilePath,
      passed: s.numPassingTests,
      failed: s.numFailingTests,
      skipped: s.numPendingTests + s.numTodoTests,
      failureMessage: s.failureMessage ? s.failureMessage.slice(0, 2000) : undefined,
    }));
    const summary = {
      numPassedTests: results.numPassedTests,
      numFailedTests: results.numFailedTests,
      numPendingTests: results.numPendingTests + results.numTodoTests,
      numTotalTestSuites: results.numTotalTestSuites,
      numFailedTestSuites: results.numFailedTestSuites,
      numRuntimeErrorTestSuites: results.numRuntimeErrorTestSuites,
      success: results.success,
      suites,
    };
    writeFileSync(this.file, JSON.stringify(summary, null, 2));
  }
}
