import { Radio, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { attendanceStatuses } from '../../../../../shared/domain/enums';
import type { AttendanceItem } from '../../../../../shared/model';
import { LabelledTable } from '../../../components/LabelledTable';
import { PersonOrName } from '../decisions/PersonOrName';
import type { Register } from '../decisions/useRegister';
import type { AttendanceStatus, MemberMark } from './attendanceDraft';

interface Props {
  rows: AttendanceItem[];
  marks: MemberMark[];
  register: Register;
  readOnly: boolean;
  onMark: (personId: string, change: Partial<MemberMark>) => void;
}

const LOOK: Record<AttendanceStatus, string> = { present: 'green', absent: 'default', excused: 'gold' };

/** Every council member with present / absent / excused, and a deputy for the excused. */
export const MemberTable = ({ rows, marks, register, readOnly, onMark }: Props) => {
  const { t } = useTranslation();
  const markOf = new Map(marks.map((m) => [m.personId, m]));
  const columns: TableProps<AttendanceItem>['columns'] = [
    {
      key: 'name',
      title: t('decisions.attendance.member'),
      render: (_, a) => {
        const organisation = register.labels.organisationName({
          nameKk: a.organisationNameKk ?? '',
          nameRu: a.organisationNameRu ?? '',
        });
        return (
          <>
            <div>
              {a.name}{' '}
              {a.councilRole && a.councilRole !== 'member' ? (
                <Tag className="kenes-cell-small">{t(`councilRole.${a.councilRole}`)}</Tag>
              ) : null}
            </div>
            {organisation ? (
              <Typography.Text type="secondary" className="kenes-cell-small">
                {organisation}
              </Typography.Text>
            ) : null}
          </>
        );
      },
    },
    {
      key: 'status',
      title: t('decisions.attendance.statusColumn'),
      width: 380,
      render: (_, a) => {
        const status = markOf.get(a.personId as string)?.status ?? null;
        // A locked record reads better as words than as greyed-out buttons.
        if (readOnly)
          return status ? <Tag color={LOOK[status]}>{t(`decisions.attendance.status.${status}`)}</Tag> : null;
        return (
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            size="small"
            className="kenes-attendance-marks"
            aria-label={t('decisions.attendance.statusOf', { name: a.name })}
            value={status ?? undefined}
            options={attendanceStatuses.map((s) => ({
              value: s,
              label: t(`decisions.attendance.status.${s}`),
            }))}
            onChange={(e) => onMark(a.personId as string, { status: e.target.value as AttendanceStatus })}
          />
        );
      },
    },
    {
      key: 'deputy',
      title: t('decisions.attendance.deputy'),
      width: '28%',
      render: (_, a) => {
        const mark = markOf.get(a.personId as string);
        if (mark?.status !== 'excused') return null;
        if (readOnly) return mark.deputyPersonId ? register.personName(mark.deputyPersonId) : mark.deputyName;
        return (
          <PersonOrName
            value={{ personId: mark.deputyPersonId, name: mark.deputyName }}
            people={register.people.filter((p) => p.id !== a.personId)}
            placeholder={t('decisions.attendance.deputyPlaceholder')}
            ariaLabel={t('decisions.attendance.deputyOf', { name: a.name })}
            onChange={(v) => onMark(a.personId as string, { deputyPersonId: v.personId, deputyName: v.name })}
          />
        );
      },
    },
  ];
  return (
    <LabelledTable<AttendanceItem>
      label={t('decisions.attendance.membersLabel')}
      className="kenes-table-card"
      rowKey={(a) => a.personId as string}
      size="small"
      columns={columns}
      dataSource={rows}
      tableLayout="fixed"
      scroll={{ x: 900 }}
      pagination={false}
    />
  );
};
