// The offline plan waits for a program as Pulumi's Node.js host does: until nothing the program
// started is left (its event loop would be empty), within the timeout; and it names what it
// cannot run instead of planning without it.
import { AsyncResource } from "async_hooks";
import { expect } from "chai";
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { ProgramError } from "../../../planner/run/programError";
import { describeWork, trackProgramWork } from "../../../planner/run/programWork";
import { planUserProject, userProject } from "../../support/userProject";

const AGENTCORE = `const { AgentCoreGatewayRole, AgentCoreRuntimeRole } = require(${JSON.stringify(path.resolve(__dirname, "../../../index.ts"))});`;

/** What planning `program` rejects with; fails the test when it plans. */
const failure = (program: string, timeoutSeconds?: number): Promise<Error> =>
    planUserProject(userProject(program), timeoutSeconds).then(
        () => expect.fail("expected the plan to fail"),
        (error: Error) => error,
    );

describe("offline plan: waiting for the program as Pulumi's Node.js host does", function () {
    this.timeout(60000);

    it("plans a role declared after a timer, and one declared in an apply of another role's roleArn", async () => {
        const { file } = await planUserProject(
            userProject(`${AGENTCORE}
                setTimeout(() => new AgentCoreRuntimeRole("timed", { runtimeName: "timed_agent", containerRepository: "timed" }), 600);
                const gateway = new AgentCoreGatewayRole("tools", { gatewayName: "tools" });
                gateway.roleArn.apply(() => new AgentCoreRuntimeRole("applied", { runtimeName: "applied_agent", containerRepository: "applied" }));
                new BedrockAgentRole("agent", { foundationModels: ["amazon.nova-pro-v1:0"] }).roleArn.apply(
                    () => new BedrockAgentRole("after-agent", { foundationModels: ["amazon.nova-pro-v1:0"] }),
                );
            `),
        );
        expect(file.roles.map((r) => r.component).sort()).to.deep.equal([
            "after-agent",
            "agent",
            "applied",
            "timed",
            "tools",
        ]);
        expect(file.unknownRoles).to.equal(undefined);
    });

    it("fails at once, saying so, when the program awaits a promise nothing is left to settle", async () => {
        const start = Date.now();
        const error = await failure(
            `new BedrockAgentRole("agent", { foundationModels: ["amazon.nova-pro-v1:0"] });
             module.exports = () => new Promise(() => undefined);`,
            30,
        );
        expect(error).to.be.instanceOf(ProgramError);
        expect(error.message).to.equal(
            "the program of shop failed: it awaits a promise that never settles: nothing it started is left to settle it",
        );
        expect(Date.now() - start).to.be.below(15000);
    });

    it("fails, naming the component, when a component's args wait for a promise nothing is left to settle", async () => {
        const error = await failure(
            'new BedrockAgentRole("stuck-agent", { foundationModels: [new Promise(() => undefined)] });',
            30,
        );
        expect(error).to.be.instanceOf(ProgramError);
        expect(error.message).to.match(/^the program of shop failed: the plan of stuck-agent never settles/);
    });

    it("fails, saying so, when the program declares a resource whose inputs wait for a promise nothing is left to settle", async () => {
        const error = await failure(
            `new aws.s3.Bucket("stuck", { bucket: new Promise(() => undefined) });
             new BedrockAgentRole("agent", { foundationModels: ["amazon.nova-pro-v1:0"] });`,
            30,
        );
        expect(error).to.be.instanceOf(ProgramError);
        expect(error.message).to.equal(
            "the program of shop failed: it declares resources whose inputs never settle (a promise nothing resolves): pulumi up would leave them out",
        );
    });

    it("times out a program that keeps a timer running, naming it, and stops the program's timers", async () => {
        const error = await failure(
            `let ticks = 0;
             globalThis.planTicks = () => ticks;
             setInterval(() => ticks++, 20);
             new BedrockAgentRole("agent", { foundationModels: ["amazon.nova-pro-v1:0"] });`,
            1,
        );
        expect(error).to.be.instanceOf(ProgramError);
        expect(error.message).to.equal(
            "the program of shop failed: it did not finish within 1 s: it still has 1 timer pending, which keeps it running, as it would keep pulumi up waiting (--timeout SECONDS waits longer)",
        );
        const ticks = (globalThis as unknown as { planTicks(): number }).planTicks;
        const stopped = ticks();
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(ticks()).to.equal(stopped);
    });

    it("counts only what the program started and what keeps an event loop alive, not the timers around it, and names what is pending", async () => {
        const work = trackProgramWork();
        const outside = setTimeout(() => undefined, 1000);
        let read: Promise<void> = Promise.resolve();
        try {
            work.run(() => {
                setTimeout(() => undefined, 1000);
                setImmediate(() => undefined);
                void Promise.resolve().then(() => setTimeout(() => undefined, 1000).unref());
                // Neither a library's context nor randomUUID's cache refill keeps Node.js running.
                new AsyncResource("LIBRARY_CONTEXT");
                crypto.randomUUID();
                read = new Promise((resolve) => fs.readFile(__filename, () => resolve()));
            });
            await Promise.resolve();
            expect(work.pending().sort()).to.deep.equal(["FSREQCALLBACK", "Immediate", "Timeout"]);
            await read;
            await new Promise((resolve) => setImmediate(resolve));
            expect(work.pending()).to.deep.equal(["Timeout"]);
            expect(describeWork(["Timeout", "Timeout", "Immediate", "TCPWRAP"])).to.equal(
                "2 timers and 1 immediate and 1 TCPWRAP",
            );
        } finally {
            work.stop();
            clearTimeout(outside);
        }
        expect(work.pending()).to.deep.equal([]);
    });
});
