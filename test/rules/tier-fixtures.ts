import type { Attachment } from '../../src/model/types.js';

/** Attachments that give a group its tier in rule tests. */
export function attached(resource: string, resourceType: string, internal: boolean | null = null): Attachment {
  return { resource, resourceType, attribute: 'security_groups', internal };
}

export const DB = attached('aws_db_instance.main', 'aws_db_instance');
export const LAMBDA = attached('aws_lambda_function.worker', 'aws_lambda_function');
export const ECS = attached('aws_ecs_service.api', 'aws_ecs_service');
export const INTERNAL_LB = attached('aws_lb.internal', 'aws_lb', true);
export const PUBLIC_LB = attached('aws_lb.public', 'aws_lb', false);
export const INSTANCE = attached('aws_instance.web', 'aws_instance');
export const EKS = attached('aws_eks_cluster.main', 'aws_eks_cluster');
