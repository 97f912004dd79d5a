"""ArchDesk — 政务服务电子档案单机管理系统."""

__version__ = "0.1.0"
APP_NAME = "ArchDesk"
APP_NAME_ZH = "政务服务电子档案单机管理系统"
