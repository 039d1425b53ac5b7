// Every limit AWS enforces that the package checks, each with the page it comes from. IAM counts
// policy sizes without white space.

const IAM_QUOTAS = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html";
const CREATE_ROLE = "https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html";
const LAMBDA_QUOTAS = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html";
const ADD_PERMISSION = "https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html";

/** A limit AWS enforces, with the page that states it. */
export interface AwsLimit {
    /** The limit's value. */
    value: number;
    /** The AWS page stating it. */
    source: string;
}

/** Characters of all inline policies of one role together. */
export const INLINE_POLICIES_MAX: AwsLimit = { value: 10240, source: IAM_QUOTAS };

/** Characters of one customer-managed policy. */
export const MANAGED_POLICY_MAX: AwsLimit = { value: 6144, source: IAM_QUOTAS };

/** Managed policies attached to one role by default, and the most the quota can be raised to. */
export const MANAGED_POLICIES_PER_ROLE: AwsLimit & { ceiling: number } = {
    value: 10,
    ceiling: 20,
    source: IAM_QUOTAS,
};

/** Characters of a role's trust policy by default, and the most the quota can be raised to. */
export const TRUST_POLICY_MAX: AwsLimit & { ceiling: number } = {
    value: 2048,
    ceiling: 4096,
    source: IAM_QUOTAS,
};

/** Characters of a role name. */
export const ROLE_NAME_MAX: AwsLimit = { value: 64, source: IAM_QUOTAS };

/** Characters of a role or policy path. */
export const PATH_MAX: AwsLimit = { value: 512, source: IAM_QUOTAS };

/** Characters of a managed policy name. */
export const MANAGED_POLICY_NAME_MAX: AwsLimit = { value: 128, source: IAM_QUOTAS };

/** Characters of a role description. */
export const ROLE_DESCRIPTION_MAX: AwsLimit = { value: 1000, source: CREATE_ROLE };

/** Tags on one IAM role or policy; tag keys and values have their own limits. */
export const TAGS_MAX: AwsLimit & { keyMax: number; valueMax: number } = {
    value: 50,
    keyMax: 128,
    valueMax: 256,
    source: CREATE_ROLE,
};

/** A role's maximum session duration, in seconds: from one hour to twelve. */
export const SESSION_DURATION: { min: number; max: number; source: string } = {
    min: 3600,
    max: 43200,
    source: CREATE_ROLE,
};

/** Bytes of a Lambda function's resource-based policy; it cannot be raised. */
export const LAMBDA_POLICY_MAX: AwsLimit = { value: 20480, source: LAMBDA_QUOTAS };

/** Characters of a Lambda permission's statement id. */
export const LAMBDA_STATEMENT_ID_MAX: AwsLimit = { value: 100, source: ADD_PERMISSION };

/** Share of {@link LAMBDA_POLICY_MAX} from which the package warns: a choice of this package, not AWS's. */
export const LAMBDA_POLICY_WARNING_SHARE = 0.8;
