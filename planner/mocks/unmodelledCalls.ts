// A provider call the offline plan cannot make (it would ask AWS) answers with unknown values, as
// a preview shows what it cannot know: what depends on the answer is unknown, never invented, and
// the plan's notes name the call.
import * as fs from "fs";
import * as path from "path";

/** The value Pulumi's wire format reads as unknown in a preview (`runtime.unknownValue`, stable since 1.0). */
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/**
 * The fields of a call's result, read from its declaration in the provider's package
 * (`aws:ssm/getParameter:getParameter` → `@pulumi/aws/ssm/getParameter.d.ts`, `GetParameterResult`),
 * so that a program that awaits a plain invoke gets each field unknown, not missing.
 */
function resultFields(token: string, from: string): string[] {
    const [pkg, module] = token.split(":");
    const [folder, name] = (module ?? "").split("/");
    if (!pkg || !folder || !name || !/^[\w-]+$/.test(`${pkg}${folder}${name}`)) {
        return [];
    }
    try {
        // The program's own provider package; else this package's, which a program may share.
        const manifest = `@pulumi/${pkg}/package.json`;
        const root = path.dirname(require.resolve(manifest, { paths: [from, __dirname] }));
        const file = path.join(root, folder === "index" ? "" : folder, `${name}.d.ts`);
        const declaration = fs.readFileSync(file, "utf8");
        const result = `${name[0].toUpperCase()}${name.slice(1)}Result`;
        const body = declaration.split(`export interface ${result} {`)[1]?.split("\n}")[0] ?? "";
        return [...body.matchAll(/^\s+readonly (\w+)\??:/gm)].map((match) => match[1]);
    } catch {
        return [];
    }
}

/**
 * The answer to a call the plan cannot make: every field of its result unknown. A field left out
 * would read as a known `undefined` (Pulumi reads an Output's fields even when it is unknown), so a
 * call whose fields cannot be found fails, naming it, rather than answering with nothing.
 * @param from a folder from which the program's provider packages resolve
 * @throws Error when the call's result fields cannot be found
 */
export function unknownAnswer(token: string, from: string): Record<string, string> {
    const fields = resultFields(token, from);
    if (fields.length === 0) {
        throw new Error(
            `${token} asks its provider, which the offline plan does not, and the plan cannot find the fields of its answer to leave them unknown`,
        );
    }
    return Object.fromEntries(fields.map((field) => [field, UNKNOWN]));
}

/** The plan's note for a call it could not make. */
export const unmodelledCallNote = (token: string) =>
    `${token} asks AWS, which the offline plan does not: every value that depends on its answer is unknown`;
