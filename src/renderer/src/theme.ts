import type { ThemeConfig } from 'antd';

/** A calm, official look: one blue, readable sizes, generous line height for Kazakh diacritics. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d5fa6',
    fontSize: 14,
    borderRadius: 6,
    fontFamily: "'Segoe UI', 'Noto Sans', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f5f7fa', headerPadding: '0 24px' },
    Menu: { itemBorderRadius: 6 },
  },
};
