import { expect } from "chai";
import { spawnSync } from "child_process";
import * as path from "path";

describe("API docs (TypeDoc)", function () {
    this.timeout(120000);

    it("`npm run docs`, exactly as a user runs it, builds from the JSDoc with every exported symbol documented, no broken link and no warning", () => {
        const result = spawnSync("npm", ["run", "docs"], {
            cwd: path.resolve(__dirname, ".."),
            encoding: "utf8",
        });
        const output = `${result.stdout}${result.stderr}`;
        expect(result.status, output).to.equal(0);
        expect(output).to.not.match(/\[warning\]|\[error\]/);
    });
});
