import { createContext, useContext, type ComponentProps } from 'react';
import { Table, type TableProps } from 'antd';

/** antd puts `aria-label` on its wrapper div; this puts the name on the <table> itself. */
const TableLabel = createContext('');

const NamedTableElement = (props: ComponentProps<'table'>) => {
  const label = useContext(TableLabel);
  return <table {...props} aria-label={label} />;
};
const components = { table: NamedTableElement };

/** An antd Table whose <table> has an accessible name, so it can be found by role and name. */
export const LabelledTable = <T extends object>({ label, ...props }: TableProps<T> & { label: string }) => (
  <TableLabel.Provider value={label}>
    <Table<T> {...props} components={components} />
  </TableLabel.Provider>
);
