// Entry point of the stack program (Pulumi.yaml `main`). Kept apart from the library's index.ts so
// that importing the package never declares a resource. Its exports are the stack's outputs.
import { stackProgram } from "./stackProgram";

export = stackProgram().outputs;
