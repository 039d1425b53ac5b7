// The test process formats stack traces as the offline plan does while it runs a program: the
// traces Pulumi takes of every promise it makes, only to print them for leaks when
// PULUMI_DEBUG_PROMISE_LEAKS is set, not at all unless it is; every other stack once, through
// ts-node's source maps. Those traces were most of a mocked resource's cost.
import { formatStackTracesOnce } from "../../planner/run/stackTraces";

formatStackTracesOnce();
