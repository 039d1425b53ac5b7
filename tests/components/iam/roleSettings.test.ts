import { expect } from "chai";
import { ArgumentError } from "../../../components/iam/argumentError";
import { roleSettings } from "../../../components/iam/roleSettings";
import { MOCK_SCOPE } from "../../support/plan";

const settings = (args: object) => roleSettings(args, MOCK_SCOPE);

describe("roleSettings", () => {
    it("defaults the path to / and leaves unset settings out", () => {
        expect(settings({})).to.deep.equal({ path: "/" });
    });

    it("passes description, path, tags (sorted), session duration and boundary through", () => {
        const boundary = "arn:aws:iam::123456789012:policy/AgentBoundary";
        expect(
            settings({
                description: "Support agent",
                path: "/bedrock/agents/",
                tags: { team: "support", env: "prod" },
                maxSessionDuration: 7200,
                permissionsBoundary: boundary,
            }),
        ).to.deep.equal({
            path: "/bedrock/agents/",
            tags: { env: "prod", team: "support" },
            description: "Support agent",
            maxSessionDuration: 7200,
            permissionsBoundary: boundary,
        });
        expect(
            settings({ permissionsBoundary: "arn:aws:iam::aws:policy/PowerUserAccess" }).permissionsBoundary,
        ).to.equal("arn:aws:iam::aws:policy/PowerUserAccess");
    });

    it("refuses each setting IAM would reject, naming it", () => {
        const cases: [object, RegExp][] = [
            [{ path: "bedrock" }, /^path:/],
            [{ path: `/${"a".repeat(511)}/` }, /^path:/],
            [{ description: "x".repeat(1001) }, /^description:/],
            [{ description: "tab\u0001" }, /^description:/],
            [{ maxSessionDuration: 60 }, /^maxSessionDuration: 60 seconds is below the minimum of 3600/],
            [{ maxSessionDuration: 3600.5 }, /^maxSessionDuration:/],
            [{ permissionsBoundary: "arn:aws:iam::210987654321:policy/Other" }, /^permissionsBoundary:/],
            [{ permissionsBoundary: "arn:aws:s3:::bucket/policy" }, /^permissionsBoundary:/],
            [{ tags: { "aws:reserved": "x" } }, /^tags\["aws:reserved"\]/],
            [{ tags: { team: "x".repeat(257) } }, /^tags\["team"\]/],
            [
                { tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"])) },
                /^tags: has 51 tags/,
            ],
        ];
        for (const [args, message] of cases) {
            expect(() => settings(args), JSON.stringify(args).slice(0, 60)).to.throw(ArgumentError, message);
        }
    });
});
