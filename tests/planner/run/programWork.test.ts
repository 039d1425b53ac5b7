// What a program still has to do, as Node.js counts it: only what the program started, and only
// what keeps an event loop alive.
import { AsyncResource } from "async_hooks";
import { expect } from "chai";
import * as crypto from "crypto";
import * as fs from "fs";
import { describeWork, trackProgramWork } from "../../../planner/run/programWork";

describe("program work: what keeps a program running", () => {
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
