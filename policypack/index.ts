// The policy pack: `pulumi preview --policy-pack policypack` runs it on any stack, and Pulumi Cloud
// can enforce it across an organization (`pulumi policy publish`).
import { PolicyPack } from "@pulumi/policy";
import { agentIamPolicies } from "./agentIamPolicies";

new PolicyPack("bedrock-agent-iam", { policies: agentIamPolicies() });
