// Log and trace delivery: the destinations' policies admit delivery.logs.amazonaws.com for this
// account's delivery sources only (X-Ray's for this memory and its trace source only), and the
// deployer's statements create the sources on this memory only and the destinations named only,
// with requests from the cited table (tests/support/requests/delivery.ts).
import { expect } from "chai";
import type { DeliveryPolicy } from "../../components/grants/deliveryPolicies";
import { policyDocument } from "../../components/iam/policyDocument";
import { memoryArgs, PlainMemoryArgs, planMemory } from "../support/agentCoreFixtures";
import { AwsRequest, awsRequest, awsRequests } from "../support/awsRequests";
import { decideAws } from "../support/iamEvaluation";
import { DELIVERY_BUCKET, DELIVERY_LOG_GROUP } from "../support/requests/delivery";

const LOG_GROUP_NAME = DELIVERY_LOG_GROUP.split(":log-group:")[1];
const TO_LOG_GROUP = {
    source: "mem_a-logs",
    logType: "APPLICATION_LOGS",
    destination: "mem_a-logs-cwl",
    logGroup: LOG_GROUP_NAME,
};
const TO_BUCKET = {
    source: "mem_a-logs",
    logType: "APPLICATION_LOGS",
    destination: "mem_a-logs-s3",
    bucket: DELIVERY_BUCKET,
};
const TO_XRAY = { source: "mem_a-traces", logType: "TRACES", destination: "mem_a-xray", xray: true };

const delivering = (logDelivery: PlainMemoryArgs["logDelivery"]) =>
    planMemory({ ...memoryArgs(), memoryName: "mem_a", logDelivery });
const plan = delivering([TO_LOG_GROUP, TO_BUCKET, TO_XRAY]);
const policyOn = (on: DeliveryPolicy["on"]) => {
    const found = plan.deliveryPolicies?.find((p) => p.on === on);
    if (!found) throw new Error(`the plan has no ${on} delivery policy`);
    return policyDocument(found.statements);
};

const decisions = (
    p: Parameters<typeof decideAws>[0],
    requests: AwsRequest[],
    policy?: ReturnType<typeof policyOn>,
) => Promise.all(requests.map(async (r) => `${r.name}: ${await decideAws(p, r, policy)}`));
const expected = (requests: AwsRequest[]) => requests.map((r) => `${r.name}: ${r.expected}`);

describe("IAM evaluation (iam-simulate): delivery of a memory's logs and traces", () => {
    it("the log group's policy lets delivery.logs write this account's deliveries to that group only", async () => {
        const requests = awsRequests("agentcore.logDelivery.logGroup");
        expect(await decisions(plan, requests, policyOn("logGroup"))).to.deep.equal(expected(requests));
    });

    it("the bucket's statements let delivery.logs check the ACL and write under AWSLogs/<account>/ with bucket-owner-full-control only", async () => {
        const requests = awsRequests("agentcore.logDelivery.bucket");
        expect(await decisions(plan, requests, policyOn("bucket"))).to.deep.equal(expected(requests));
    });

    it("X-Ray's policy lets delivery.logs put the trace source's segments of this memory only", async () => {
        const requests = awsRequests("agentcore.logDelivery.xray");
        expect(await decisions(plan, requests, policyOn("xray"))).to.deep.equal(expected(requests));
    });

    it("the deployer's statements create the sources on this memory only and the destinations named only", async () => {
        const requests = awsRequests("agentcore.logDelivery.deployer");
        expect(await decisions(plan, requests)).to.deep.equal(expected(requests));
    });

    it("the deployer writes X-Ray's policy only when traces go to X-Ray, and creates no delivery without logDelivery", async () => {
        const withoutTraces = delivering([TO_LOG_GROUP]);
        const tracePolicy = awsRequest("agentcore.logDelivery.deployer.tracePolicy.PutResourcePolicy");
        expect(await decideAws(withoutTraces, tracePolicy)).to.equal("ImplicitlyDenied");
        const none = planMemory({ ...memoryArgs(), memoryName: "mem_a" });
        const source = awsRequest("agentcore.logDelivery.deployer.createSource.PutDeliverySource");
        expect(await decideAws(none, source)).to.equal("ImplicitlyDenied");
        expect(none.deliveryPolicies).to.equal(undefined);
    });
});
