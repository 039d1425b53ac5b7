// Runs the golden scenarios: each on fresh mocks, recording what it registered and output, sorted.
import * as pulumi from "@pulumi/pulumi";
import Module from "module";
import * as path from "path";
import { installMocks, MockRunOptions, RecordedResource, registrations } from "../../planner/mocks/awsMocks";
import { drainRegistrations, settle } from "../../planner/run/settle";
import { EXAMPLE_CONFIG } from "./packedPackage";

const ROOT = path.resolve(__dirname, "../..");

/** What a scenario produced: every resource registered and every output of every component. */
export interface GoldenRecord {
    resources: Omit<RecordedResource, "arn">[];
    outputs: Record<string, unknown>;
}

export interface Scenario {
    name: string;
    mocks?: MockRunOptions;
    run(): Record<string, pulumi.Output<unknown>> | Promise<Record<string, pulumi.Output<unknown>>>;
}

/** Loads an example program against this checkout's sources, as if the package were installed. */
export function runExample(example: string): Record<string, pulumi.Output<unknown>> {
    const resolve = (Module as unknown as { _resolveFilename: (r: string, ...rest: unknown[]) => string })
        ._resolveFilename;
    const hooked = Module as unknown as { _resolveFilename: typeof resolve };
    hooked._resolveFilename = (request: string, ...rest: unknown[]) =>
        resolve(request === "bedrock-agent-role" ? path.join(ROOT, "index.ts") : request, ...rest);
    for (const [key, value] of Object.entries(EXAMPLE_CONFIG[example] ?? {})) {
        pulumi.runtime.setConfig(`${example}:${key}`, value);
    }
    try {
        const file = path.join(ROOT, "examples", example, "index.ts");
        delete require.cache[require.resolve(file)];
        // A require, not an import: the example must load while the resolution hook is in place.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return require(file) as Record<string, pulumi.Output<unknown>>;
    } finally {
        hooked._resolveFilename = resolve;
    }
}

/** Runs one scenario on fresh mocks and returns what it registered and output, sorted. */
export async function recordScenario(scenario: Scenario): Promise<GoldenRecord> {
    const recorded = await installMocks(scenario.mocks);
    const outputs = await scenario.run();
    const settled: Record<string, unknown> = {};
    for (const [key, output] of Object.entries(outputs)) {
        const result = await settle(output as pulumi.Output<unknown>);
        settled[key] = result.known ? result.value : "<unknown>";
    }
    await drainRegistrations();
    const resources = registrations(recorded).sort((a, b) =>
        `${a.type}::${a.name}` < `${b.type}::${b.name}`
            ? -1
            : `${a.type}::${a.name}` > `${b.type}::${b.name}`
              ? 1
              : 0,
    );
    return { resources, outputs: settled };
}
