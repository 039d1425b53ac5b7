export { installMocks, MOCK_ENVIRONMENT } from "../../planner/mocks/awsMocks";
export type { MockRunOptions } from "../../planner/mocks/awsMocks";
export type { RecordedResource } from "../../planner/mocks/awsMocks";
export { drainRegistrations, settle } from "../../planner/run/settle";
export type { Settled } from "../../planner/run/settle";
