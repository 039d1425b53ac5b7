// Mocha's spec reporter, followed by the one line CI reads: "N passed, N failed".
// Plain JavaScript because mocha loads reporters before ts-node is registered.
const Mocha = require("mocha");
const fs = require("fs");

class SummaryReporter extends Mocha.reporters.Spec {
    constructor(runner, options) {
        super(runner, options);
        runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
            const line = `${runner.stats.passes} passed, ${runner.stats.failures} failed`;
            console.log(line);
            if (process.env.TEST_SUMMARY_FILE) {
                fs.writeFileSync(process.env.TEST_SUMMARY_FILE, `${line}\n`);
            }
        });
    }
}

module.exports = SummaryReporter;
