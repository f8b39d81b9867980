// What a kind of grassroots union looks like: its usual size, its share of women, the birth years of
// its workforce and the job titles in it. A footwear plant has hundreds of young women workers, a
// ward health station a dozen staff, so sizes come out skewed (a few large unions, many of 20–80)
// before they are scaled to each ward's exact total (see allocate.ts).
import type { Weighted } from './random';

export type UnionType =
  | 'footwear' | 'garment' | 'electronics' | 'heavy' | 'company' | 'utility' | 'bank' | 'transport' | 'agri'
  | 'preschool' | 'school' | 'highschool' | 'university' | 'health_station' | 'health_center' | 'hospital'
  | 'office' | 'department' | 'center' | 'market' | 'coop';

export interface Profile {
  /** Draft size range, before scaling to the ward total. */
  size: readonly [number, number];
  /** Usual share of women, before the ward's women total is applied. */
  women: number;
  birthYears: readonly [number, number];
  jobs: Weighted<string>;
}

const SCHOOL_JOBS: Weighted<string> = [
  ['Giáo viên', 78], ['Kế toán', 4], ['Nhân viên văn thư', 4], ['Nhân viên thư viện', 4],
  ['Nhân viên y tế học đường', 4], ['Bảo vệ', 4], ['Nhân viên thiết bị', 2],
];
const MEDICAL_JOBS: Weighted<string> = [
  ['Bác sĩ', 22], ['Điều dưỡng', 38], ['Kỹ thuật viên xét nghiệm', 8], ['Kỹ thuật viên chẩn đoán hình ảnh', 4],
  ['Dược sĩ', 6], ['Hộ sinh', 5], ['Hộ lý', 6], ['Nhân viên hành chính', 6], ['Kế toán', 3], ['Lái xe', 2],
];

export const PROFILES: Record<UnionType, Profile> = {
  footwear: {
    size: [400, 700], women: 0.78, birthYears: [1978, 2005],
    jobs: [['Công nhân may mũ giày', 40], ['Công nhân gò ráp', 20], ['Công nhân sản xuất đế', 10],
      ['Tổ trưởng sản xuất', 6], ['Nhân viên kiểm hàng (QC)', 8], ['Kỹ thuật viên', 5], ['Thủ kho', 3],
      ['Kế toán', 3], ['Nhân viên hành chính – nhân sự', 5]],
  },
  garment: {
    size: [250, 500], women: 0.82, birthYears: [1975, 2005],
    jobs: [['Công nhân may', 55], ['Công nhân cắt', 10], ['Công nhân là (ủi)', 6], ['Tổ trưởng sản xuất', 6],
      ['Nhân viên kiểm hàng (QC)', 8], ['Kỹ thuật viên chuyền', 5], ['Thủ kho', 3], ['Kế toán', 3],
      ['Nhân viên hành chính – nhân sự', 4]],
  },
  electronics: {
    size: [250, 500], women: 0.7, birthYears: [1985, 2005],
    jobs: [['Công nhân lắp ráp', 50], ['Công nhân vận hành máy', 15], ['Nhân viên kiểm tra chất lượng (QC)', 12],
      ['Kỹ thuật viên', 10], ['Kỹ sư', 6], ['Tổ trưởng sản xuất', 4], ['Nhân viên kho', 3]],
  },
  heavy: {
    size: [80, 300], women: 0.15, birthYears: [1970, 2004],
    jobs: [['Công nhân hàn', 18], ['Thợ cơ khí', 20], ['Công nhân vận hành máy CNC', 12],
      ['Công nhân vận hành máy', 12], ['Thợ điện', 8], ['Kỹ sư', 10], ['Tổ trưởng sản xuất', 5], ['Lái xe', 4],
      ['Thủ kho', 3], ['Kế toán', 4], ['Nhân viên hành chính', 4]],
  },
  company: {
    size: [30, 110], women: 0.45, birthYears: [1972, 2004],
    jobs: [['Nhân viên kinh doanh', 18], ['Kế toán', 12], ['Nhân viên hành chính', 10], ['Công nhân', 20],
      ['Lái xe', 8], ['Thủ kho', 5], ['Kỹ sư', 8], ['Nhân viên kỹ thuật', 10],
      ['Nhân viên chăm sóc khách hàng', 6], ['Trưởng phòng', 3]],
  },
  utility: {
    size: [40, 120], women: 0.3, birthYears: [1968, 2002],
    jobs: [['Công nhân kỹ thuật', 30], ['Nhân viên kỹ thuật', 15], ['Kỹ sư', 10], ['Nhân viên kinh doanh', 10],
      ['Kế toán', 8], ['Lái xe', 7], ['Nhân viên giao dịch', 10], ['Nhân viên hành chính', 10]],
  },
  bank: {
    size: [25, 60], women: 0.62, birthYears: [1975, 2001],
    jobs: [['Giao dịch viên', 30], ['Cán bộ tín dụng', 30], ['Kế toán', 15], ['Kiểm soát viên', 8],
      ['Thủ quỹ', 6], ['Lái xe', 5], ['Bảo vệ', 6]],
  },
  transport: {
    size: [20, 70], women: 0.12, birthYears: [1966, 2000],
    jobs: [['Lái xe', 45], ['Phụ xe', 15], ['Thợ sửa chữa ô tô', 10], ['Nhân viên điều độ', 10], ['Kế toán', 8],
      ['Nhân viên bán vé', 7]],
  },
  agri: {
    size: [80, 200], women: 0.58, birthYears: [1966, 2003],
    jobs: [['Công nhân chế biến chè', 40], ['Công nhân trồng chè', 30], ['Kỹ thuật viên nông nghiệp', 8],
      ['Thủ kho', 4], ['Kế toán', 5], ['Nhân viên kinh doanh', 8], ['Lái xe', 5]],
  },
  preschool: {
    size: [18, 40], women: 0.97, birthYears: [1968, 2003],
    jobs: [['Giáo viên mầm non', 75], ['Nhân viên nấu ăn', 12], ['Kế toán', 4], ['Nhân viên y tế', 4], ['Bảo vệ', 5]],
  },
  school: { size: [25, 55], women: 0.78, birthYears: [1966, 2002], jobs: SCHOOL_JOBS },
  highschool: { size: [60, 120], women: 0.66, birthYears: [1966, 2001], jobs: SCHOOL_JOBS },
  university: {
    size: [150, 350], women: 0.58, birthYears: [1966, 2000],
    jobs: [['Giảng viên', 60], ['Chuyên viên', 20], ['Kế toán', 5], ['Nhân viên thư viện', 5],
      ['Kỹ thuật viên', 5], ['Bảo vệ', 5]],
  },
  health_station: {
    size: [8, 16], women: 0.72, birthYears: [1968, 2001],
    jobs: [['Bác sĩ', 20], ['Y sĩ', 30], ['Điều dưỡng', 20], ['Hộ sinh', 15], ['Dược sĩ', 15]],
  },
  health_center: { size: [120, 260], women: 0.66, birthYears: [1966, 2001], jobs: MEDICAL_JOBS },
  hospital: { size: [250, 700], women: 0.64, birthYears: [1966, 2002], jobs: MEDICAL_JOBS },
  office: {
    size: [25, 45], women: 0.46, birthYears: [1968, 2002],
    jobs: [['Chuyên viên', 30], ['Công chức văn phòng – thống kê', 12], ['Công chức địa chính – xây dựng', 14],
      ['Công chức tư pháp – hộ tịch', 12], ['Công chức văn hóa – xã hội', 12], ['Kế toán', 10], ['Văn thư', 10]],
  },
  department: {
    size: [50, 220], women: 0.45, birthYears: [1966, 2002],
    jobs: [['Chuyên viên', 45], ['Chuyên viên chính', 20], ['Phó Trưởng phòng', 8], ['Trưởng phòng', 4],
      ['Chuyên viên cao cấp', 2], ['Kế toán', 6], ['Văn thư', 5], ['Lái xe', 5], ['Nhân viên hợp đồng', 5]],
  },
  center: {
    size: [30, 150], women: 0.45, birthYears: [1966, 2002],
    jobs: [['Viên chức', 30], ['Chuyên viên', 25], ['Kỹ sư', 10], ['Kế toán', 8], ['Văn thư', 5], ['Lái xe', 6],
      ['Nhân viên kỹ thuật', 10], ['Bảo vệ', 6]],
  },
  market: {
    size: [25, 70], women: 0.78, birthYears: [1966, 2000],
    jobs: [['Tiểu thương', 88], ['Nhân viên ban quản lý chợ', 8], ['Bảo vệ', 4]],
  },
  coop: {
    size: [10, 30], women: 0.45, birthYears: [1966, 2003],
    jobs: [['Thành viên hợp tác xã', 60], ['Lao động hợp tác xã', 25], ['Kế toán', 8], ['Nhân viên kỹ thuật', 7]],
  },
};
