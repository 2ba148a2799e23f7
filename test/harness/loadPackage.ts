import { PackageDirectoryLoader } from 'n8n-core';
import type { INodeType, INodeTypes, IVersionedNodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import { resolve } from 'path';

export const PACKAGE_ROOT = resolve(__dirname, '..', '..');

let loading: Promise<PackageDirectoryLoader> | undefined;

/** Loads the built package (dist/) the way n8n loads an installed community package. */
export function loadPackage(): Promise<PackageDirectoryLoader> {
	loading ??= (async () => {
		const loader = new PackageDirectoryLoader(PACKAGE_ROOT);
		await loader.loadAll();
		return loader;
	})();
	return loading;
}

export function nodeTypesOf(loader: PackageDirectoryLoader): INodeTypes {
	const local = (type: string) => type.slice(loader.packageName.length + 1);
	const byName = (type: string): INodeType | IVersionedNodeType => loader.getNode(local(type)).type;
	return {
		getByName: byName,
		getByNameAndVersion: (type: string, version?: number) =>
			NodeHelpers.getVersionedNodeType(byName(type), version),
		getKnownTypes: () => loader.known.nodes,
	} as INodeTypes;
}
