# A container serving a built site (dist/) with the shipped nginx configuration.
# Build the site first (THI_DUA_SITE=https://thidua.example.gov.vn/ npm run build), then:
#   docker build -t thi-dua . && docker run --rm -p 8080:8080 thi-dua
# The nginx is Debian's, the same the tests run (tests/site/nginx.test.ts).
FROM debian:bookworm-slim
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nginx \
 && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/default \
 && ln -sf /dev/stdout /var/log/nginx/access.log \
 && ln -sf /dev/stderr /var/log/nginx/error.log
COPY deploy/nginx/thi-dua.conf /etc/nginx/snippets/thi-dua.conf
COPY deploy/nginx/container.conf /etc/nginx/sites-enabled/thi-dua.conf
COPY dist/ /var/www/thi-dua/
EXPOSE 8080
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
