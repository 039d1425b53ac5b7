import * as fs from "fs";
import { parse } from "yaml";
import { ArgumentError } from "../../components/iam/argumentError";

/**
 * A YAML file's document, `{}` when it is empty.
 * @param example a valid document, shown when the file is not valid YAML
 * @throws ArgumentError naming the file when it is not valid YAML
 */
export function readYamlFile(file: string, example: string): Record<string, unknown> {
    try {
        return (parse(fs.readFileSync(file, "utf8")) ?? {}) as Record<string, unknown>;
    } catch (error) {
        throw new ArgumentError(
            file,
            `is not valid YAML (${(error as Error).message.split("\n")[0]})`,
            example,
        );
    }
}
