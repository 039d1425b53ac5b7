import { expect } from "chai";
import { spawnSync } from "child_process";
import * as path from "path";

describe("API docs (TypeDoc)", function () {
    this.timeout(120000);

    it("build from the JSDoc with every exported symbol documented and no broken link", () => {
        const root = path.resolve(__dirname, "..");
        const result = spawnSync(
            process.execPath,
            [path.join(root, "node_modules/typedoc/bin/typedoc"), "--emit", "none"],
            {
                cwd: root,
                encoding: "utf8",
            },
        );
        expect(result.status, `${result.stdout}${result.stderr}`).to.equal(0);
    });
});
