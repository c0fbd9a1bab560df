require 'uri'
require 'net/http'

url = URI("https://api.bookshelf.example/v1/books/bk_001/cover")

http = Net::HTTP.new(url.host, url.port)
http.use_ssl = true

request = Net::HTTP::Put.new(url)
request["Accept"] = 'application/json'
request["X-API-Key"] = 'YOUR_API_KEY'
request["Content-Type"] = 'multipart/form-data; boundary=---011000010111000001101001'
request.body = "-----011000010111000001101001\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cover.png\"\r\nContent-Type: image/png\r\n\r\n\r\n-----011000010111000001101001\r\nContent-Disposition: form-data; name=\"altText\"\r\n\r\nA dark blue cover with the title in white capitals, and the author's name\r\n-----011000010111000001101001--"

response = http.request(request)
puts response.read_body
