import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citystat.site.settings")
django_application = get_wsgi_application()

from citystat.site.config import trusted_proxies  # noqa: E402
from citystat.site.proxy import TrustedProxyMiddleware  # noqa: E402

application = TrustedProxyMiddleware(django_application, trusted_proxies())
