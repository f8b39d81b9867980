// The accounts the benchmark signs in as, one per level of the generated tree.
import type { GenTree, GenUnit } from './tree';

export const BENCH_PASSWORD = 'Bench@2026';

export interface BenchAccount {
  username: string;
  displayName: string;
  role: 'admin' | 'staff' | 'chair';
  pick: (tree: GenTree) => GenUnit;
}

const largestWard = (tree: GenTree) =>
  tree.units.filter((u) => u.kind === 'ward_union').reduce((best, u) => ((tree.siblings.get(u.id)?.length ?? 0) > (tree.siblings.get(best.id)?.length ?? 0) ? u : best));

export const BENCH_ACCOUNTS: BenchAccount[] = [
  { username: 'bench.admin', displayName: 'Quản trị (benchmark)', role: 'admin', pick: (tree) => tree.units[0] },
  { username: 'bench.province', displayName: 'Cán bộ tỉnh (benchmark)', role: 'staff', pick: (tree) => tree.units.find((u) => u.kind === 'federation')! },
  { username: 'bench.ward', displayName: 'Cán bộ phường (benchmark)', role: 'staff', pick: largestWard },
  { username: 'bench.chair', displayName: 'Chủ tịch CĐCS (benchmark)', role: 'chair', pick: (tree) => tree.siblings.get(largestWard(tree).id)![0] },
];
