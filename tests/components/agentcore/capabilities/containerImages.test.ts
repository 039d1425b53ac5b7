// A runtime's image: a private repository of the account and region, named by name, ARN or image
// URI (tag, digest or both; the registry's domain that of the partition), or an ECR Public image,
// pulled with ECR Public's token only.
import { expect } from "chai";
import { awsRequest } from "../../../support/awsRequests";
import { planRuntime, runtimeArgs, runtimeFailure } from "../../../support/agentCoreFixtures";
import { decideAws } from "../../../support/iamEvaluation";

const DIGEST = `sha256:${"a".repeat(64)}`;
const imagePolicy = (containerRepository: string, environment?: Parameters<typeof planRuntime>[1]) =>
    planRuntime({ ...runtimeArgs(), containerRepository }, environment).inlinePolicy;

describe("AgentCore runtime images", () => {
    it("accepts an image URI with both a tag and a digest, and a FIPS registry, as the same repository", () => {
        const byName = imagePolicy("support-agent");
        for (const uri of [
            `123456789012.dkr.ecr.us-east-1.amazonaws.com/support-agent:1.4@${DIGEST}`,
            `123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/support-agent:1.4`,
        ]) {
            expect(imagePolicy(uri), uri).to.deep.equal(byName);
        }
    });

    it("grants an ECR Public image its registry's token only, and allows the requests its pull makes", async () => {
        const plan = planRuntime({
            ...runtimeArgs(),
            containerRepository: "public.ecr.aws/agentcore/harness-agent:1.0",
        });
        const statements = plan.inlinePolicy.Statement;
        expect(statements.find((s) => s.Sid === "GetEcrPublicAuthorizationToken")?.Action).to.deep.equal([
            "ecr-public:GetAuthorizationToken",
            "sts:GetServiceBearerToken",
        ]);
        expect(JSON.stringify(statements)).not.to.match(/"ecr:|repository\//);
        const decisions = await Promise.all(
            [
                "agentcore.runtime.publicImage.GetAuthorizationToken",
                "agentcore.runtime.publicImage.GetServiceBearerToken",
            ].map((name) => decideAws(plan, awsRequest(name))),
        );
        expect(decisions).to.deep.equal(["Allowed", "Allowed"]);
    });

    it("refuses a registry domain of another partition, an ECR Public image outside the aws partition, and a malformed reference", () => {
        const cn = { partition: "aws-cn", account: "123456789012", region: "cn-north-1" };
        const cases: [string, RegExp, typeof cn?][] = [
            [
                "123456789012.dkr.ecr.cn-north-1.amazonaws.com/support-agent:1",
                /partition's registries are under amazonaws.com.cn/,
                cn,
            ],
            [
                "123456789012.dkr.ecr.us-east-1.amazonaws.com.cn/support-agent:1",
                /partition's registries are under amazonaws.com$/,
            ],
            [
                "123456789012.dkr.ecr.us-east-1.evil.example/support-agent:1",
                /registry of domain evil.example/,
            ],
            ["public.ecr.aws/agentcore/harness-agent:1.0", /only in the aws partition, not in aws-cn/, cn],
            [
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/support-agent:1@sha256:abc",
                /neither a valid tag nor a valid digest/,
            ],
        ];
        for (const [containerRepository, problem, environment] of cases) {
            const error = runtimeFailure({ ...runtimeArgs(), containerRepository }, environment);
            expect(error.argument, containerRepository).to.equal("containerRepository");
            expect(error.problem, containerRepository).to.match(problem);
        }
    });
});
