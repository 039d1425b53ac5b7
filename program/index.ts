// Entry point of the stack program (Pulumi.yaml `main`). Kept apart from the library's index.ts so
// that importing the package never declares a resource.
import { agentProgram } from "./agentProgram";

const outputs = agentProgram();

export const roleArn = outputs.roleArn;
export const roleName = outputs.roleName;
export const trustPolicy = outputs.trustPolicy;
export const identityPolicy = outputs.identityPolicy;
export const managedPolicies = outputs.managedPolicies;
export const keyPolicyStatement = outputs.keyPolicyStatement;
export const keyPolicyStatements = outputs.keyPolicyStatements;
export const callerPolicy = outputs.callerPolicy;
export const foundationModel = outputs.foundationModel;
