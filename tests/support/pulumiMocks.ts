export { drainRegistrations, installMocks, MOCK_ENVIRONMENT, settle } from "../../program/inProcessRun";
export type { RecordedResource, Settled } from "../../program/inProcessRun";
