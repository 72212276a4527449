import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/** Every page starts with one h1, an optional line of explanation and its main actions. */
export const PageHeader = ({
  title,
  subtitle,
  extra,
}: {
  title: string;
  subtitle?: ReactNode;
  extra?: ReactNode;
}) => (
  <Flex justify="space-between" align="flex-start" gap={16} wrap className="kenes-page-header">
    <div className="kenes-page-heading">
      <Typography.Title level={1} className="kenes-page-title">
        {title}
      </Typography.Title>
      {subtitle ? (
        <Typography.Paragraph type="secondary" className="kenes-page-subtitle">
          {subtitle}
        </Typography.Paragraph>
      ) : null}
    </div>
    {extra ? (
      <Flex gap={8} wrap>
        {extra}
      </Flex>
    ) : null}
  </Flex>
);
