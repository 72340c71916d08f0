/**
 * Icon ids of the catalog (src/ holds only ids) resolved to the official AWS
 * Architecture Icons shipped by the `aws-icons` package. Vite inlines these
 * small SVGs as data: URLs, which the CSP's img-src allows, so no request
 * leaves the page and PNG export embeds them as-is.
 */
import internet from 'aws-icons/icons/resource/Internet.svg?url';
import office from 'aws-icons/icons/resource/Officebuilding.svg?url';
import vpc from 'aws-icons/icons/architecture-group/VirtualprivatecloudVPC.svg?url';
import privateSubnet from 'aws-icons/icons/architecture-group/Privatesubnet.svg?url';
import publicSubnet from 'aws-icons/icons/architecture-group/Publicsubnet.svg?url';
import igw from 'aws-icons/icons/resource/AmazonVPCInternetGateway.svg?url';
import vgw from 'aws-icons/icons/resource/AmazonVPCVPNGateway.svg?url';
import nat from 'aws-icons/icons/resource/AmazonVPCNATGateway.svg?url';
import ec2Instance from 'aws-icons/icons/resource/AmazonEC2Instance.svg?url';
import ec2 from 'aws-icons/icons/architecture-service/AmazonEC2.svg?url';
import emr from 'aws-icons/icons/architecture-service/AmazonEMR.svg?url';
import rds from 'aws-icons/icons/architecture-service/AmazonRDS.svg?url';
import redshift from 'aws-icons/icons/architecture-service/AmazonRedshift.svg?url';
import elasticache from 'aws-icons/icons/architecture-service/AmazonElastiCache.svg?url';
import cloudhsm from 'aws-icons/icons/architecture-service/AWSCloudHSM.svg?url';
import bucket from 'aws-icons/icons/resource/AmazonSimpleStorageServiceBucket.svg?url';
import queue from 'aws-icons/icons/resource/AmazonSimpleQueueServiceQueue.svg?url';
import topic from 'aws-icons/icons/resource/AmazonSimpleNotificationServiceTopic.svg?url';
import kinesis from 'aws-icons/icons/architecture-service/AmazonKinesisDataStreams.svg?url';
import role from 'aws-icons/icons/resource/AWSIdentityAccessManagementRole.svg?url';
import user from 'aws-icons/icons/resource/User.svg?url';
import cognito from 'aws-icons/icons/architecture-service/AmazonCognito.svg?url';
import type { NodeType } from '../../src/catalog/kinds';
import { NODE_CATALOG } from '../../src/catalog/nodeCatalog';
import { nodeProps } from '../../src/catalog/resolveProps';
import type { DiagramNode } from '../../src/model/types';

const BY_ID: Readonly<Record<string, string>> = {
  'resource/Internet': internet,
  'resource/Officebuilding': office,
  'architecture-group/VirtualprivatecloudVPC': vpc,
  'architecture-group/Privatesubnet': privateSubnet,
  'architecture-group/Publicsubnet': publicSubnet,
  'resource/AmazonVPCInternetGateway': igw,
  'resource/AmazonVPCVPNGateway': vgw,
  'resource/AmazonVPCNATGateway': nat,
  'resource/AmazonEC2Instance': ec2Instance,
  'architecture-service/AmazonEC2': ec2,
  'architecture-service/AmazonEMR': emr,
  'architecture-service/AmazonRDS': rds,
  'architecture-service/AmazonRedshift': redshift,
  'architecture-service/AmazonElastiCache': elasticache,
  'architecture-service/AWSCloudHSM': cloudhsm,
  'resource/AmazonSimpleStorageServiceBucket': bucket,
  'resource/AmazonSimpleQueueServiceQueue': queue,
  'resource/AmazonSimpleNotificationServiceTopic': topic,
  'architecture-service/AmazonKinesisDataStreams': kinesis,
  'resource/AWSIdentityAccessManagementRole': role,
  'resource/User': user,
  'architecture-service/AmazonCognito': cognito,
};

export function iconUrl(type: NodeType, variant?: 'public'): string {
  if (type === 'subnet' && variant === 'public') return publicSubnet;
  const url = BY_ID[NODE_CATALOG[type].icon];
  if (url === undefined) throw new Error(`no icon for ${type} (${NODE_CATALOG[type].icon})`);
  return url;
}

/** Every catalog icon id must resolve; checked at start-up in development and by the icon test. */
export function missingIcons(): string[] {
  return Object.values(NODE_CATALOG)
    .map((d) => d.icon)
    .filter((id) => BY_ID[id] === undefined);
}

/** The icons a design's nodes are drawn with (a public subnet has its own). */
export function iconUrlsOf(nodes: readonly DiagramNode[]): Set<string> {
  const urls = new Set<string>();
  for (const node of nodes) urls.add(iconUrl(node.type, node.type === 'subnet' && nodeProps(node as DiagramNode & { type: 'subnet' }).public ? 'public' : undefined));
  return urls;
}

/** Every icon there is. */
export function allIconUrls(): Set<string> {
  return new Set([...Object.values(BY_ID)]);
}
