// The folders are the layers: a lower layer never imports a higher one, and the pure core never
// loads Pulumi. Read from the sources, so a misplaced import fails here rather than in a review.
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");

/** The layers under components/, lowest first: each may import only itself and those below it. */
const LAYERS = ["iam", "grants", "roles", "resources"];
/** The component families, above every layer: each imports the layers, never another family. */
const FAMILIES = ["agents", "agentcore"];

function sources(folder: string): string[] {
    return fs
        .readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".ts"))
        .map((file) => path.join(folder, file));
}

/** Each import of a file: what it names, resolved to a path from the root when relative, and whether it is type-only. */
function imports(file: string): { target: string; typeOnly: boolean }[] {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    return [...text.matchAll(/^import (type )?[^;]*?from "([^"]+)";/gms)].map((match) => ({
        typeOnly: match[1] !== undefined,
        target: match[2].startsWith(".") ? path.join(path.dirname(file), match[2]) : match[2],
    }));
}

const folderOf = (file: string) => file.split(path.sep)[1];
const layerOf = (file: string) =>
    FAMILIES.includes(folderOf(file)) ? LAYERS.length : LAYERS.indexOf(folderOf(file));
/** Whether `file` may import `target`: the same folder, a lower layer, never another family. */
const mayImport = (file: string, target: string) =>
    folderOf(file) === folderOf(target) ||
    (layerOf(target) < layerOf(file) && !FAMILIES.includes(folderOf(target)));

describe("layout: the folders show the layers", () => {
    it("keeps at most six files at the top of components/, the rest in its layer folders", () => {
        const top = fs.readdirSync(path.join(ROOT, "components"), { withFileTypes: true });
        expect(top.filter((entry) => entry.isFile()).length).to.be.at.most(6);
        expect(top.filter((entry) => entry.isDirectory()).map((entry) => entry.name)).to.have.members([
            ...LAYERS,
            ...FAMILIES,
        ]);
    });

    it("never imports a higher layer from a lower one, one family from another, nor the planner or the stack program from components/", () => {
        const wrong = sources("components").flatMap((file) =>
            imports(file)
                .filter(
                    ({ target }) =>
                        target.startsWith("planner") ||
                        target.startsWith("program") ||
                        (target.startsWith("components") && !mayImport(file, target)),
                )
                .map(({ target }) => `${file} imports ${target}`),
        );
        expect(wrong).to.deep.equal([]);
    });

    it("loads no Pulumi at runtime in the pure core: iam/, grants/ and roles/ import its types only", () => {
        const pure = [
            ...sources("components/iam"),
            ...sources("components/grants"),
            ...sources("components/roles"),
        ];
        const runtime = pure.flatMap((file) =>
            imports(file)
                .filter(({ target, typeOnly }) => target.startsWith("@pulumi/") && !typeOnly)
                .map(({ target }) => `${file} imports ${target}`),
        );
        expect(pure.length).to.be.greaterThan(10);
        expect(runtime).to.deep.equal([]);
    });

    it("keeps the stack program from the planner and the planner from the stack program", () => {
        const crossing = [
            ...sources("program").flatMap((file) =>
                imports(file)
                    .filter(({ target }) => target.startsWith("planner"))
                    .map(({ target }) => `${file} imports ${target}`),
            ),
            ...sources("planner").flatMap((file) =>
                imports(file)
                    .filter(({ target }) => target.startsWith("program"))
                    .map(({ target }) => `${file} imports ${target}`),
            ),
        ];
        expect(crossing).to.deep.equal([]);
    });
});
