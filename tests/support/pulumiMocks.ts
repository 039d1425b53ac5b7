export { drainRegistrations, installMocks, MOCK_ENVIRONMENT, settle } from "../../planner/mocks/awsMocks";
export type { RecordedResource, Settled } from "../../planner/mocks/awsMocks";
