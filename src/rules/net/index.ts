import type { Rule } from '../types';
import { bastionInPublicSubnet } from './bastion-in-public-subnet';
import { bastionSshOnly } from './bastion-ssh-only';
import { bastionSshOpenToWorld } from './bastion-ssh-open-to-world';
import { corporateNeedsVpn } from './corporate-needs-vpn';
import { dataStoreInVpc } from './data-store-in-vpc';
import { dataStorePrivateSubnet } from './data-store-private-subnet';
import { elasticacheClientsInVpc } from './elasticache-clients-in-vpc';
import { emrSlavesMasterOnly } from './emr-slaves-master-only';
import { flowBlockedByAcl } from './flow-blocked-by-acl';
import { internetExposure } from './internet-exposure';
import { internetFlowNeedsPublicSubnet } from './internet-flow-needs-public-subnet';
import { noDirectInternetToDataStore } from './no-direct-internet-to-data-store';
import { publicSubnetNeedsIgw } from './public-subnet-needs-igw';
import { subnetAclForData } from './subnet-acl-for-data';

/** Network isolation, in controls.md order. */
export const NET_RULES: readonly Rule[] = [
  dataStoreInVpc,
  dataStorePrivateSubnet,
  noDirectInternetToDataStore,
  publicSubnetNeedsIgw,
  internetFlowNeedsPublicSubnet,
  bastionInPublicSubnet,
  bastionSshOnly,
  bastionSshOpenToWorld,
  corporateNeedsVpn,
  subnetAclForData,
  flowBlockedByAcl,
  internetExposure,
  elasticacheClientsInVpc,
  emrSlavesMasterOnly,
];
