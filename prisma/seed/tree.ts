// The demo union tree: the confederation, three provincial federations, one ward-level union under
// each, and the grassroots unions those manage. Totals per ward union are fixed (they are quoted in
// the README and checked by tests); the member-level detail is generated from them in plan.ts.
// Company names are invented; public bodies (schools, hospitals, departments) use real-sounding names.
// Founding dates of the upper levels are illustrative, not historical records.
import type { Weighted } from './random';
import type { Region } from './names';
import type { UnionType } from './profiles';

export interface TopUnitSpec {
  code: string;
  name: string;
  shortName: string;
  foundedOn: string;
}

export interface GrassrootsSpec {
  /** Name after the "Công đoàn cơ sở " prefix. */
  name: string;
  type: UnionType;
  /** Exact member count; otherwise drawn from the profile and scaled to the ward total. */
  size?: number;
  /** Exact founding date; otherwise drawn from 1995–2024. */
  foundedOn?: string;
  /** Code of the unit it was transferred to in a reorganisation (TAN_YEN_REORGANISATION). */
  movesTo?: string;
}

export interface WardSpec extends TopUnitSpec {
  federationCode: string;
  /** The decision that created the ward union in the 2025 reorganisation, if it was created then. */
  decisionNumber: string | null;
  members: number;
  women: number;
  region: Region;
  /** CCCD province codes (place of birth registration) of its members. */
  provinces: Weighted<string>;
  unions: GrassrootsSpec[];
}

export const ROOT: TopUnitSpec = {
  code: 'TLD', name: 'Tổng Liên đoàn Lao động Việt Nam', shortName: 'Tổng LĐLĐ Việt Nam', foundedOn: '1929-07-28',
};

export const FEDERATIONS: TopUnitSpec[] = [
  { code: 'HP', name: 'Liên đoàn Lao động thành phố Hải Phòng', shortName: 'LĐLĐ Hải Phòng', foundedOn: '1955-05-13' },
  { code: 'LC', name: 'Liên đoàn Lao động tỉnh Lào Cai', shortName: 'LĐLĐ Lào Cai', foundedOn: '1991-10-01' },
  { code: 'HN', name: 'Liên đoàn Lao động thành phố Hà Nội', shortName: 'LĐLĐ Hà Nội', foundedOn: '1954-10-10' },
];

const THUY_NGUYEN: WardSpec = {
  code: 'HP-TN',
  name: 'Công đoàn phường Thủy Nguyên',
  shortName: 'CĐ phường Thủy Nguyên',
  federationCode: 'HP',
  foundedOn: '2025-07-01',
  decisionNumber: '1586/QĐ-LĐLĐ',
  members: 4002,
  women: 2265, // 56.6 %: footwear, garment and electronics plants employ mostly women
  region: 'delta',
  // Hải Phòng, plus workers born in Hải Dương, Thái Bình and Quảng Ninh.
  provinces: [['031', 85], ['030', 6], ['034', 5], ['022', 4]],
  unions: [
    // HP-TN-001: the demo chair's union (chutich.cdcs), a mid-sized enterprise union.
    { name: 'Công ty TNHH Cơ khí Chính xác Minh Long', type: 'heavy', size: 86, foundedOn: '2012-05-18' },
    { name: 'Công ty TNHH Giày Hoàng Phát Việt Nam', type: 'footwear' },
    { name: 'Công ty TNHH May mặc Thiên Hương', type: 'garment' },
    { name: 'Công ty TNHH Điện tử Tân Việt Hải Phòng', type: 'electronics' },
    { name: 'Công ty Cổ phần Đóng tàu Sông Cấm', type: 'heavy' },
    { name: 'Công ty Cổ phần Vật liệu Xây dựng Tràng Kênh', type: 'heavy' },
    { name: 'Công ty TNHH Bao bì Nam Triệu', type: 'company' },
    { name: 'Công ty Cổ phần Vận tải và Dịch vụ Bạch Đằng', type: 'transport' },
    { name: 'Công ty TNHH Thực phẩm An Lư', type: 'company' },
    { name: 'Công ty Cổ phần Cấp nước Thủy Nguyên', type: 'utility' },
    { name: 'Công ty TNHH Nhựa Kỹ thuật Lập Lễ', type: 'company' },
    { name: 'Công ty Cổ phần Thương mại Dịch vụ Núi Đèo', type: 'company' },
    { name: 'Công ty TNHH Kết cấu Thép Phả Lễ', type: 'heavy' },
    { name: 'Công ty Cổ phần Môi trường Đô thị Thủy Nguyên', type: 'utility' },
    { name: 'Công ty TNHH May Hòa Bình Xanh', type: 'garment' },
    { name: 'Công ty Cổ phần Xây dựng và Thương mại Tam Hưng', type: 'company' },
    { name: 'Công ty TNHH Logistics Cảng Nam Triệu', type: 'company' },
    { name: 'Trường Mầm non Thủy Sơn', type: 'preschool' },
    { name: 'Trường Mầm non Hoa Động', type: 'preschool' },
    { name: 'Trường Mầm non Lập Lễ', type: 'preschool' },
    { name: 'Trường Mầm non Thiên Hương', type: 'preschool' },
    { name: 'Trường Tiểu học Thủy Sơn', type: 'school' },
    { name: 'Trường Tiểu học Thủy Đường', type: 'school' },
    { name: 'Trường Tiểu học Tam Hưng', type: 'school' },
    { name: 'Trường Tiểu học Lưu Kiếm', type: 'school' },
    { name: 'Trường Tiểu học Minh Tân', type: 'school' },
    { name: 'Trường THCS Thủy Sơn', type: 'school' },
    { name: 'Trường THCS Hoa Động', type: 'school' },
    { name: 'Trường THCS Lập Lễ', type: 'school' },
    { name: 'Trường THCS Thiên Hương', type: 'school' },
    { name: 'Trường THPT Lê Ích Mộc', type: 'highschool' },
    { name: 'Trường THPT Thủy Sơn', type: 'highschool' },
    { name: 'Trường THPT Phạm Ngũ Lão', type: 'highschool' },
    { name: 'Trạm Y tế phường Thủy Nguyên', type: 'health_station' },
    { name: 'Trạm Y tế phường Hòa Bình', type: 'health_station' },
    { name: 'Trạm Y tế phường Bạch Đằng', type: 'health_station' },
    { name: 'Trạm Y tế phường Nam Triệu', type: 'health_station' },
    { name: 'Ủy ban nhân dân phường Thủy Nguyên', type: 'office' },
    { name: 'Ủy ban nhân dân phường Hòa Bình', type: 'office' },
    { name: 'Ủy ban nhân dân phường Bạch Đằng', type: 'office' },
    { name: 'Ủy ban nhân dân phường Nam Triệu', type: 'office' },
    { name: 'Chợ Núi Đèo', type: 'market' },
    { name: 'Chợ Kiền Bái', type: 'market' },
    { name: 'Hợp tác xã Dịch vụ Nông nghiệp Lưu Kiếm', type: 'coop' },
    { name: 'Hợp tác xã Nuôi trồng Thủy sản Lập Lễ', type: 'coop' },
    { name: 'Hợp tác xã Vận tải Thủy Nguyên', type: 'transport' },
    { name: 'Trung tâm Y tế Thủy Nguyên', type: 'health_center' },
    { name: 'Điện lực Thủy Nguyên', type: 'utility' },
    { name: 'Bưu điện Thủy Nguyên', type: 'utility' },
    { name: 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Chi nhánh Thủy Nguyên', type: 'bank' },
    { name: 'Trung tâm Giáo dục Nghề nghiệp – Giáo dục Thường xuyên Thủy Nguyên', type: 'school' },
    { name: 'Công ty TNHH Sản xuất Đồ gỗ Phục Lễ', type: 'company' },
  ],
};

const NGHIA_LO: WardSpec = {
  code: 'LC-NL',
  name: 'Công đoàn phường Nghĩa Lộ',
  shortName: 'CĐ phường Nghĩa Lộ',
  federationCode: 'LC',
  foundedOn: '2025-07-01',
  decisionNumber: '245/QĐ-LĐLĐ',
  members: 2858,
  women: 1562, // 54.7 %: schools and health care dominate
  region: 'northwest',
  // Nghĩa Lộ lay in Yên Bái (015) until the 2025 merger into Lào Cai (010); some from Phú Thọ, Sơn La.
  provinces: [['015', 60], ['010', 25], ['025', 8], ['014', 7]],
  unions: [
    { name: 'Bệnh viện Đa khoa khu vực Nghĩa Lộ', type: 'hospital' },
    // The four unions founded in 2025: 199 + 25 + 18 + 22 = 264 members.
    { name: 'Chợ Sơn Thịnh', type: 'market', size: 199, foundedOn: '2025-01-15' },
    { name: 'Trường Mầm non tư thục Hoa Sen', type: 'preschool', size: 25, foundedOn: '2025-09-05' },
    { name: 'Công ty TNHH Du lịch Mường Lò', type: 'company', size: 18, foundedOn: '2025-04-10' },
    { name: 'Hợp tác xã Chè Shan tuyết Nghĩa Lộ', type: 'coop', size: 22, foundedOn: '2025-10-15' },
    { name: 'Trường Mầm non Pú Trạng', type: 'preschool' },
    { name: 'Trường Mầm non Tân An', type: 'preschool' },
    { name: 'Trường Mầm non Nghĩa An', type: 'preschool' },
    { name: 'Trường Mầm non Nghĩa Lợi', type: 'preschool' },
    { name: 'Trường Mầm non Nghĩa Phúc', type: 'preschool' },
    { name: 'Trường Mầm non Hoa Ban', type: 'preschool' },
    { name: 'Trường Tiểu học Pú Trạng', type: 'school' },
    { name: 'Trường Tiểu học Tân An', type: 'school' },
    { name: 'Trường Tiểu học Trung Tâm', type: 'school' },
    { name: 'Trường Tiểu học Nghĩa An', type: 'school' },
    { name: 'Trường Tiểu học Nghĩa Lợi', type: 'school' },
    { name: 'Trường Tiểu học Nghĩa Phúc', type: 'school' },
    { name: 'Trường Tiểu học Phúc Sơn', type: 'school' },
    { name: 'Trường Tiểu học Thạch Lương', type: 'school' },
    { name: 'Trường THCS Pú Trạng', type: 'school' },
    { name: 'Trường THCS Tân An', type: 'school' },
    { name: 'Trường THCS Trung Tâm', type: 'school' },
    { name: 'Trường THCS Nghĩa An', type: 'school' },
    { name: 'Trường THCS Nghĩa Lợi', type: 'school' },
    { name: 'Trường THCS Nghĩa Phúc', type: 'school' },
    { name: 'Trường THCS Hạnh Sơn', type: 'school' },
    { name: 'Trường THPT Nghĩa Lộ', type: 'highschool' },
    { name: 'Trường Phổ thông Dân tộc Nội trú THPT Miền Tây', type: 'highschool' },
    { name: 'Trung tâm Giáo dục Nghề nghiệp – Giáo dục Thường xuyên khu vực Nghĩa Lộ', type: 'school' },
    { name: 'Trạm Y tế phường Nghĩa Lộ', type: 'health_station' },
    { name: 'Trung tâm Y tế khu vực Nghĩa Lộ', type: 'health_center' },
    { name: 'Ủy ban nhân dân phường Nghĩa Lộ', type: 'office' },
    { name: 'Ủy ban nhân dân phường Trung Tâm', type: 'office' },
    { name: 'Ủy ban nhân dân phường Cầu Thia', type: 'office' },
    { name: 'Trạm Y tế phường Trung Tâm', type: 'health_station' },
    { name: 'Trạm Y tế phường Cầu Thia', type: 'health_station' },
    { name: 'Chợ Mường Lò', type: 'market' },
    { name: 'Chợ trung tâm Nghĩa Lộ', type: 'market' },
    { name: 'Hợp tác xã Gạo nếp Mường Lò', type: 'coop' },
    { name: 'Hợp tác xã Dịch vụ Tổng hợp Nghĩa An', type: 'coop' },
    { name: 'Hợp tác xã Vận tải Nghĩa Lộ', type: 'transport' },
    { name: 'Công ty Cổ phần Chè Nghĩa Lộ', type: 'agri' },
    { name: 'Công ty TNHH Chế biến Chè Sơn A', type: 'agri' },
    { name: 'Công ty Cổ phần Môi trường và Dịch vụ Đô thị Nghĩa Lộ', type: 'utility' },
    { name: 'Công ty TNHH Xây dựng Thạch Lương', type: 'company' },
    { name: 'Công ty TNHH Vận tải Hành khách Mường Lò', type: 'transport' },
    { name: 'Công ty Cổ phần Thủy điện Ngòi Thia', type: 'utility' },
    { name: 'Công ty TNHH Thương mại Tổng hợp Cầu Thia', type: 'company' },
    { name: 'Điện lực Nghĩa Lộ', type: 'utility' },
    { name: 'Bưu điện khu vực Nghĩa Lộ', type: 'utility' },
    { name: 'Phòng Giao dịch Ngân hàng Chính sách Xã hội Nghĩa Lộ', type: 'bank' },
    { name: 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Chi nhánh Nghĩa Lộ', type: 'bank' },
    { name: 'Trung tâm Văn hóa – Thể thao phường Nghĩa Lộ', type: 'office' },
    { name: 'Thuế cơ sở khu vực Nghĩa Lộ', type: 'office' },
    { name: 'Kho bạc Nhà nước khu vực Nghĩa Lộ', type: 'office' },
    { name: 'Công ty TNHH May xuất khẩu Mường Lò', type: 'garment' },
    { name: 'Hợp tác xã Dệt thổ cẩm Nghĩa An', type: 'coop' },
    { name: 'Trường Mầm non Sơn Ca', type: 'preschool' },
  ],
};

const HANOI_CIVIL_SERVANTS: WardSpec = {
  code: 'HN-CCVC',
  name: 'Công đoàn Viên chức thành phố Hà Nội',
  shortName: 'CĐ Viên chức Hà Nội',
  federationCode: 'HN',
  foundedOn: '2009-04-28',
  decisionNumber: null,
  members: 8945,
  women: 4535, // 50.7 %
  region: 'delta',
  provinces: [['001', 65], ['036', 7], ['034', 6], ['035', 5], ['038', 6], ['040', 5], ['033', 6]],
  unions: [
    { name: 'Sở Giáo dục và Đào tạo Hà Nội', type: 'department' },
    { name: 'Sở Y tế Hà Nội', type: 'department' },
    { name: 'Sở Tài chính Hà Nội', type: 'department' },
    { name: 'Sở Nội vụ Hà Nội', type: 'department' },
    { name: 'Sở Tư pháp Hà Nội', type: 'department' },
    { name: 'Sở Xây dựng Hà Nội', type: 'department' },
    { name: 'Sở Công Thương Hà Nội', type: 'department' },
    { name: 'Sở Nông nghiệp và Môi trường Hà Nội', type: 'department' },
    { name: 'Sở Khoa học và Công nghệ Hà Nội', type: 'department' },
    { name: 'Sở Văn hóa và Thể thao Hà Nội', type: 'department' },
    { name: 'Sở Du lịch Hà Nội', type: 'department' },
    { name: 'Sở Quy hoạch – Kiến trúc Hà Nội', type: 'department' },
    { name: 'Sở Dân tộc và Tôn giáo Hà Nội', type: 'department' },
    { name: 'Văn phòng Ủy ban nhân dân thành phố Hà Nội', type: 'department' },
    { name: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố Hà Nội', type: 'department' },
    { name: 'Thanh tra thành phố Hà Nội', type: 'department' },
    { name: 'Bệnh viện Thanh Nhàn', type: 'hospital' },
    { name: 'Bệnh viện Đa khoa Xanh Pôn', type: 'hospital' },
    { name: 'Bệnh viện Đa khoa Hà Đông', type: 'hospital' },
    { name: 'Bệnh viện Đa khoa Đức Giang', type: 'hospital' },
    { name: 'Bệnh viện Tim Hà Nội', type: 'hospital' },
    { name: 'Bệnh viện Phụ sản Hà Nội', type: 'hospital' },
    { name: 'Bệnh viện Nhi Hà Nội', type: 'hospital' },
    { name: 'Bệnh viện Ung bướu Hà Nội', type: 'hospital' },
    { name: 'Bệnh viện Đa khoa Đống Đa', type: 'hospital' },
    { name: 'Bệnh viện Thận Hà Nội', type: 'hospital' },
    { name: 'Bệnh viện Mắt Hà Nội', type: 'hospital' },
    { name: 'Bệnh viện Đa khoa Sơn Tây', type: 'hospital' },
    { name: 'Trung tâm Kiểm soát bệnh tật thành phố Hà Nội', type: 'center' },
    { name: 'Trung tâm Cấp cứu 115 Hà Nội', type: 'center' },
    { name: 'Trung tâm Phục vụ hành chính công thành phố Hà Nội', type: 'center' },
    { name: 'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng thành phố Hà Nội', type: 'center' },
    { name: 'Ban Quản lý dự án đầu tư xây dựng công trình giao thông thành phố Hà Nội', type: 'center' },
    { name: 'Thư viện Hà Nội', type: 'center' },
    { name: 'Bảo tàng Hà Nội', type: 'center' },
    { name: 'Nhà hát Chèo Hà Nội', type: 'center' },
    { name: 'Trung tâm Bảo tồn Di sản Thăng Long – Hà Nội', type: 'center' },
    { name: 'Trung tâm Nước sạch và Vệ sinh môi trường nông thôn Hà Nội', type: 'center' },
    { name: 'Trường Đại học Thủ đô Hà Nội', type: 'university' },
    { name: 'Trường Cao đẳng Y tế Hà Nội', type: 'university' },
    { name: 'Trường Cao đẳng nghề Công nghệ cao Hà Nội', type: 'university' },
    { name: 'Trường THPT Chu Văn An', type: 'highschool' },
    { name: 'Trường THPT Phan Đình Phùng', type: 'highschool' },
    { name: 'Trường THPT Việt Đức', type: 'highschool' },
    { name: 'Trường THPT Kim Liên', type: 'highschool' },
    { name: 'Trường THPT Trần Phú – Hoàn Kiếm', type: 'highschool' },
    { name: 'Trường THPT Yên Hòa', type: 'highschool' },
    { name: 'Trường THPT Nguyễn Trãi – Ba Đình', type: 'highschool' },
    { name: 'Trường THPT Thăng Long', type: 'highschool' },
    { name: 'Trường THPT Cầu Giấy', type: 'highschool' },
    { name: 'Trường THPT Lê Quý Đôn – Hà Đông', type: 'highschool' },
    { name: 'Trường THPT Nhân Chính', type: 'highschool' },
    { name: 'Trường THPT Xuân Đỉnh', type: 'highschool' },
    { name: 'Trường THPT Quang Trung – Đống Đa', type: 'highschool' },
    { name: 'Trường THPT Đống Đa', type: 'highschool' },
    { name: 'Trường THPT Tây Hồ', type: 'highschool' },
    { name: 'Trường THPT chuyên Hà Nội – Amsterdam', type: 'highschool' },
    { name: 'Trường THPT chuyên Nguyễn Huệ', type: 'highschool' },
    { name: 'Trường THPT Trương Định', type: 'highschool' },
    { name: 'Trường THPT Hoàng Văn Thụ', type: 'highschool' },
    { name: 'Trường THPT Sơn Tây', type: 'highschool' },
  ],
};

export const WARDS: WardSpec[] = [THUY_NGUYEN, NGHIA_LO, HANOI_CIVIL_SERVANTS];

/** Expected grassroots counts, checked when the plan is built so an edit to a list cannot drift silently. */
export const EXPECTED_UNION_COUNTS: Record<string, number> = { 'HP-TN': 52, 'LC-NL': 58, 'HN-CCVC': 61, 'BG-TY': 38 };

// ── The Tan Yen reorganisation (2025) ────────────────────────────────────────────────────────────
// Bac Giang's Tan Yen District Labour Federation managed its grassroots unions until the district
// level was abolished on 1 July 2025; by one decision its unions moved to the new commune unions and
// the district federation closed. It is appended after the rest of the tree (its own ids), so the
// other demo figures and ids do not move. Its honours figures (2020–2025) are in honours.ts. The
// province itself merged into Bac Ninh in 2025; the demo keeps the Bac Giang federation as the
// parent of both sides, since the provincial merger is not what this history is about. Which union
// went to which commune is illustrative.

export const BAC_GIANG: TopUnitSpec = { code: 'BG', name: 'Liên đoàn Lao động tỉnh Bắc Giang', shortName: 'LĐLĐ Bắc Giang', foundedOn: '1997-01-01' };

export interface CommuneSpec extends TopUnitSpec {
  decisionNumber: string;
}

export const TAN_YEN_COMMUNES: CommuneSpec[] = [
  { code: 'BG-XTY', name: 'Công đoàn xã Tân Yên', shortName: 'CĐ xã Tân Yên', foundedOn: '2025-07-01', decisionNumber: '1350/QĐ-LĐLĐ' },
  { code: 'BG-XNN', name: 'Công đoàn xã Nhã Nam', shortName: 'CĐ xã Nhã Nam', foundedOn: '2025-07-01', decisionNumber: '1351/QĐ-LĐLĐ' },
  { code: 'BG-XNT', name: 'Công đoàn xã Ngọc Thiện', shortName: 'CĐ xã Ngọc Thiện', foundedOn: '2025-07-01', decisionNumber: '1352/QĐ-LĐLĐ' },
  { code: 'BG-XPH', name: 'Công đoàn xã Phúc Hòa', shortName: 'CĐ xã Phúc Hòa', foundedOn: '2025-07-01', decisionNumber: '1353/QĐ-LĐLĐ' },
  { code: 'BG-XQT', name: 'Công đoàn xã Quang Trung', shortName: 'CĐ xã Quang Trung', foundedOn: '2025-07-01', decisionNumber: '1354/QĐ-LĐLĐ' },
];

export const TAN_YEN_REORGANISATION = {
  effectiveOn: '2025-07-01',
  transferDecision: '1360/QĐ-LĐLĐ',
  closingDecision: '1361/QĐ-LĐLĐ',
  closingReason: 'Kết thúc hoạt động công đoàn cấp huyện theo chủ trương sắp xếp đơn vị hành chính từ 01/07/2025',
} as const;

export const TAN_YEN: WardSpec = {
  code: 'BG-TY',
  name: 'Liên đoàn Lao động huyện Tân Yên',
  shortName: 'LĐLĐ huyện Tân Yên',
  federationCode: 'BG',
  foundedOn: '1997-01-01',
  decisionNumber: null,
  members: 1860,
  women: 1052,
  region: 'delta',
  // Bắc Giang, plus workers born in Thái Nguyên and Bắc Ninh.
  provinces: [['024', 90], ['019', 5], ['027', 5]],
  unions: [
    { name: 'Trường THPT Tân Yên số 1', type: 'highschool', movesTo: 'BG-XTY' },
    { name: 'Trường THPT Tân Yên số 2', type: 'highschool', movesTo: 'BG-XNN' },
    { name: 'Trường THPT Nhã Nam', type: 'highschool', movesTo: 'BG-XNN' },
    { name: 'Trường THCS Cao Thượng', type: 'school', movesTo: 'BG-XTY' },
    { name: 'Trường THCS Nhã Nam', type: 'school', movesTo: 'BG-XNN' },
    { name: 'Trường THCS Ngọc Thiện', type: 'school', movesTo: 'BG-XNT' },
    { name: 'Trường THCS Phúc Hòa', type: 'school', movesTo: 'BG-XPH' },
    { name: 'Trường THCS Quang Trung', type: 'school', movesTo: 'BG-XQT' },
    { name: 'Trường Tiểu học Cao Thượng', type: 'school', movesTo: 'BG-XTY' },
    { name: 'Trường Tiểu học Nhã Nam', type: 'school', movesTo: 'BG-XNN' },
    { name: 'Trường Tiểu học Ngọc Vân', type: 'school', movesTo: 'BG-XNT' },
    { name: 'Trường Tiểu học Hợp Đức', type: 'school', movesTo: 'BG-XPH' },
    { name: 'Trường Tiểu học Lam Cốt', type: 'school', movesTo: 'BG-XQT' },
    { name: 'Trường Mầm non Cao Xá', type: 'preschool', movesTo: 'BG-XTY' },
    { name: 'Trường Mầm non Liên Sơn', type: 'preschool', movesTo: 'BG-XNN' },
    { name: 'Trường Mầm non Ngọc Châu', type: 'preschool', movesTo: 'BG-XNT' },
    { name: 'Trường Mầm non Liên Chung', type: 'preschool', movesTo: 'BG-XPH' },
    { name: 'Trường Mầm non Đại Hóa', type: 'preschool', movesTo: 'BG-XQT' },
    { name: 'Bệnh viện Đa khoa Tân Yên', type: 'hospital', movesTo: 'BG-XTY' },
    { name: 'Trung tâm Y tế Tân Yên', type: 'health_center', movesTo: 'BG-XTY' },
    { name: 'Trạm Y tế xã Việt Lập', type: 'health_station', movesTo: 'BG-XTY' },
    { name: 'Trạm Y tế xã Song Vân', type: 'health_station', movesTo: 'BG-XNT' },
    { name: 'Kho bạc Nhà nước khu vực Tân Yên', type: 'office', movesTo: 'BG-XTY' },
    { name: 'Bảo hiểm xã hội khu vực Tân Yên', type: 'office', movesTo: 'BG-XTY' },
    { name: 'Điện lực Tân Yên', type: 'utility', movesTo: 'BG-XTY' },
    { name: 'Bưu điện Tân Yên', type: 'utility', movesTo: 'BG-XTY' },
    { name: 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Chi nhánh Tân Yên', type: 'bank', movesTo: 'BG-XTY' },
    { name: 'Công ty TNHH May mặc Xuân Lương', type: 'garment', movesTo: 'BG-XNN' },
    { name: 'Công ty TNHH Giày da Việt Ngọc', type: 'footwear', movesTo: 'BG-XNT' },
    { name: 'Công ty TNHH Điện tử Quang Tiến', type: 'electronics', movesTo: 'BG-XQT' },
    { name: 'Công ty Cổ phần Nông sản Phúc Hòa', type: 'agri', movesTo: 'BG-XPH' },
    { name: 'Công ty Cổ phần Gạch Tuynel Quế Nham', type: 'heavy', movesTo: 'BG-XPH' },
    { name: 'Công ty TNHH Cơ khí Ngọc Lý', type: 'company', movesTo: 'BG-XNT' },
    { name: 'Hợp tác xã Dịch vụ Nông nghiệp Lan Giới', type: 'coop', movesTo: 'BG-XNN' },
    { name: 'Hợp tác xã Chè Phúc Sơn', type: 'coop', movesTo: 'BG-XPH' },
    { name: 'Hợp tác xã Vận tải Tân Yên', type: 'transport', movesTo: 'BG-XQT' },
    { name: 'Chợ Cao Thượng', type: 'market', movesTo: 'BG-XTY' },
    { name: 'Chợ Nhã Nam', type: 'market', movesTo: 'BG-XNN' },
  ],
};

/** Employers without a union in Thuy Nguyen ward, some with mobilisation under way (invented names). */
export interface EmployerSpec {
  name: string;
  taxCode: string | null;
  address: string;
  workforce: number;
  groupFormedOn: string | null;
  applications: number;
  conferenceOn: string | null;
  status: 'identified' | 'mobilising' | 'abandoned';
}

export const THUY_NGUYEN_EMPLOYERS: EmployerSpec[] = [
  { name: 'Công ty TNHH Bao bì Giấy Kiền Bái', taxCode: '0202156789', address: 'Cụm công nghiệp Kiền Bái, phường Thủy Nguyên', workforce: 145, groupFormedOn: '2026-06-10', applications: 12, conferenceOn: '2026-12-05', status: 'mobilising' },
  { name: 'Công ty TNHH Cơ điện Lạnh Phục Lễ', taxCode: '0202233445', address: 'Phường Thủy Nguyên, thành phố Hải Phòng', workforce: 64, groupFormedOn: '2026-08-22', applications: 7, conferenceOn: null, status: 'mobilising' },
  { name: 'Công ty TNHH Thực phẩm Sạch Tam Hưng', taxCode: '0202318822', address: 'Phường Thủy Nguyên, thành phố Hải Phòng', workforce: 38, groupFormedOn: '2026-09-15', applications: 3, conferenceOn: null, status: 'mobilising' },
  { name: 'Công ty Cổ phần Xây lắp Điện Minh Đức', taxCode: '0202401177', address: 'Phường Thủy Nguyên, thành phố Hải Phòng', workforce: 52, groupFormedOn: '2026-10-02', applications: 1, conferenceOn: null, status: 'mobilising' },
  { name: 'Công ty TNHH Nội thất Gỗ Hoa Động', taxCode: '0202455610', address: 'Phường Thủy Nguyên, thành phố Hải Phòng', workforce: 27, groupFormedOn: null, applications: 0, conferenceOn: null, status: 'identified' },
  { name: 'Công ty TNHH Vận tải Biển Lập Lễ', taxCode: '0202519034', address: 'Phường Thủy Nguyên, thành phố Hải Phòng', workforce: 41, groupFormedOn: null, applications: 0, conferenceOn: null, status: 'identified' },
  { name: 'Hộ kinh doanh Xưởng may Thủy Đường', taxCode: null, address: 'Phường Thủy Nguyên, thành phố Hải Phòng', workforce: 18, groupFormedOn: null, applications: 0, conferenceOn: null, status: 'identified' },
  { name: 'Công ty TNHH Thương mại Dịch vụ Lưu Kiếm', taxCode: '0202377120', address: 'Phường Thủy Nguyên, thành phố Hải Phòng', workforce: 22, groupFormedOn: '2026-03-01', applications: 2, conferenceOn: null, status: 'abandoned' },
];
