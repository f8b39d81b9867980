// The demo logins: printed at start and listed in the README. One per role, on units of the demo tree.
export const DEMO_PASSWORD = 'CongDoan@2026';

export interface DemoAccount {
  email: string;
  username: string;
  displayName: string;
  role: 'admin' | 'staff' | 'chair' | 'leader';
  /** Code of the unit the role is granted on. */
  unitCode: string;
  description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@congdoan.demo', username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unitCode: 'TLD', description: 'admin, whole confederation' },
  { email: 'canbo.haiphong@congdoan.demo', username: 'canbo.haiphong', displayName: 'Trần Thị Hồng Nhung', role: 'staff', unitCode: 'HP', description: 'staff, Hai Phong City Labour Federation' },
  { email: 'canbo.thuynguyen@congdoan.demo', username: 'canbo.thuynguyen', displayName: 'Phạm Văn Đức', role: 'staff', unitCode: 'HP-TN', description: 'ward officer (staff), Thuy Nguyen Ward Trade Union' },
  { email: 'chutich.cdcs@congdoan.demo', username: 'chutich.cdcs', displayName: 'Nguyễn Thị Lan', role: 'chair', unitCode: 'HP-TN-001', description: 'grassroots chair, one Thuy Nguyen union' },
  // A second grassroots chair in Thuy Nguyen, so a transfer between two unions can be sent and accepted.
  { email: 'chutich.hoangphat@congdoan.demo', username: 'chutich.hoangphat', displayName: 'Đỗ Thị Mai', role: 'chair', unitCode: 'HP-TN-002', description: 'grassroots chair, another Thuy Nguyen union (Hoang Phat footwear)' },
  { email: 'lanhdao.thuynguyen@congdoan.demo', username: 'lanhdao.thuynguyen', displayName: 'Vũ Quang Hải', role: 'leader', unitCode: 'HP-TN', description: 'leader (read-only), Thuy Nguyen Ward Trade Union' },
];
