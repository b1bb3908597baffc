import {
  type CSSVariablesResolver,
  createTheme,
  Menu,
  NativeSelect,
  NumberInput,
  PasswordInput,
  Select,
  Textarea,
  TextInput,
} from '@mantine/core';

// Thai and Chinese text need fonts that cover them; system fonts first, then the common Noto families.
const FONT_STACK = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Noto Sans"',
  '"Noto Sans Thai"',
  '"Leelawadee UI"',
  '"PingFang TC"',
  '"PingFang SC"',
  '"Microsoft JhengHei"',
  '"Microsoft YaHei"',
  '"Noto Sans TC"',
  '"Noto Sans SC"',
  'sans-serif',
].join(', ');

export const theme = createTheme({
  // People who ask their system for less motion get no transitions (modals, menus) at all.
  respectReducedMotion: true,
  primaryColor: 'blue',
  // Shade 8 keeps white button text and blue links above the WCAG AA 4.5:1 contrast ratio.
  primaryShade: { light: 8, dark: 8 },
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK },
  defaultRadius: 'md',
  cursorType: 'pointer',
  // Forms mark the optional fields instead: most fields are required, and a hidden "*" inside
  // every label also gets in the way of matching labels exactly.
  components: {
    TextInput: TextInput.extend({ defaultProps: { withAsterisk: false } }),
    PasswordInput: PasswordInput.extend({ defaultProps: { withAsterisk: false } }),
    Textarea: Textarea.extend({ defaultProps: { withAsterisk: false } }),
    NativeSelect: NativeSelect.extend({ defaultProps: { withAsterisk: false } }),
    Select: Select.extend({ defaultProps: { withAsterisk: false } }),
    NumberInput: NumberInput.extend({ defaultProps: { withAsterisk: false } }),
    // Rendered in place, menus stay inside the header landmark; the focus placeholder Mantine adds
    // by default is an element with tabindex that a role="menu" may not contain.
    Menu: Menu.extend({ defaultProps: { withinPortal: false, withInitialFocusPlaceholder: false } }),
  },
});

/**
 * Mantine's defaults for dimmed text, error text and a few "light" badge colours fall below
 * 4.5:1 on white (or on their own hover tint); these darker values keep every text readable.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-blue-light-color': '#0c4a82',
    '--mantine-color-red-light-color': '#a61e1e',
    '--mantine-color-teal-light-color': '#0b5e52',
    '--mantine-color-green-light-color': '#1e6b2c',
    '--mantine-color-orange-light-color': '#9a4300',
    '--mantine-color-yellow-light-color': '#6e5200',
  },
  dark: {},
});
