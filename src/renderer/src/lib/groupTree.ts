import type { GroupWithCount } from '../../../shared/model';

export interface GroupTreeNode {
  value: string;
  title: string;
  key: string;
  disabled?: boolean;
  children?: GroupTreeNode[];
}

/**
 * The groups as a tree for TreeSelect, in the server's order (each block followed by
 * its sub-blocks). `title` decides how a group is labelled, e.g. "ПМПК – 4".
 */
export const buildGroupTree = <G extends Pick<GroupWithCount, 'id' | 'parentId'>>(
  groups: readonly G[],
  title: (g: G) => string,
): GroupTreeNode[] => {
  const nodes = new Map<string, GroupTreeNode>();
  const roots: GroupTreeNode[] = [];
  for (const g of groups) nodes.set(g.id, { value: g.id, key: g.id, title: title(g) });
  for (const g of groups) {
    const node = nodes.get(g.id) as GroupTreeNode;
    const parent = g.parentId ? nodes.get(g.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
};
